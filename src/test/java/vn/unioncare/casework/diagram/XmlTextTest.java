package vn.unioncare.casework.diagram;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class XmlTextTest {

    @Test
    void markupCharactersAreEscapedAndCharactersXmlForbidsAreDropped() {
        assertThat(XmlText.escape("<a href='x'>\"&\"</a>"))
                .isEqualTo("&lt;a href=&apos;x&apos;&gt;&quot;&amp;&quot;&lt;/a&gt;");
        assertThat(XmlText.escape("a\u0000b\u001bc\uD800d\uFFFEe")).isEqualTo("abcde");
        assertThat(XmlText.escape("Hỗ trợ 😀\tok")).isEqualTo("Hỗ trợ 😀\tok");
        assertThat(XmlText.escape(null)).isEmpty();
    }
}
