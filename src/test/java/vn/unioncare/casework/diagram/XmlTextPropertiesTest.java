package vn.unioncare.casework.diagram;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import static org.assertj.core.api.Assertions.assertThat;

/** Names inlined into the process diagram's SVG cannot open or close markup, whatever a designer typed. */
class XmlTextPropertiesTest {

    @Property(tries = 200)
    void escapedTextHasNoMarkupCharacters(@ForAll String name) {
        String escaped = XmlText.escape(name + "<script>\"'&");
        assertThat(escaped).doesNotContain("<", ">", "\"", "'");
        assertThat(escaped.replaceAll("&(amp|lt|gt|quot|apos);", "")).doesNotContain("&");
    }
}
