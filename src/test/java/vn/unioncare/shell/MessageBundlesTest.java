package vn.unioncare.shell;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text exists in Vietnamese and English, under the same keys, with the same placeholders. */
class MessageBundlesTest {

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(MessageBundlesTest.class.getResourceAsStream(
                "/vaadin-i18n/translations_" + language + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(new TreeSet<>(load("en").stringPropertyNames()))
                .containsExactlyElementsOf(new TreeSet<>(load("vi").stringPropertyNames()));
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (String language : new String[] {"vi", "en"}) {
            Properties texts = load(language);
            assertThat(texts.stringPropertyNames()).allSatisfy(key ->
                    assertThat(texts.getProperty(key)).as(language + ":" + key).isNotBlank());
        }
    }

    @Test
    void bothLanguagesUseTheSamePlaceholders() throws IOException {
        Properties vi = load("vi");
        Properties en = load("en");
        assertThat(vi.stringPropertyNames()).allSatisfy(key ->
                assertThat(placeholders(en.getProperty(key))).as(key).isEqualTo(placeholders(vi.getProperty(key))));
    }

    private static int placeholders(String text) {
        return text == null ? -1 : new MessageFormat(text).getFormatsByArgumentIndex().length;
    }
}
