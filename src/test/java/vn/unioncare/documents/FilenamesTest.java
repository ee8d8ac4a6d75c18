package vn.unioncare.documents;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FilenamesTest {

    @Test
    void pathsAreCutToTheLastSegment() {
        assertThat(Filenames.sanitise("../../etc/passwd")).isEqualTo("passwd");
        assertThat(Filenames.sanitise("C:\\Users\\An\\Desktop\\giay-to.pdf")).isEqualTo("giay-to.pdf");
        assertThat(Filenames.sanitise("..")).isEqualTo("tai-lieu");
        assertThat(Filenames.sanitise("/")).isEqualTo("tai-lieu");
    }

    @Test
    void vietnameseNamesKeepTheirLettersComposed() {
        String name = "Giấy ra viện – Nguyễn Thị Hương Đức.pdf";
        assertThat(Filenames.sanitise(name)).isEqualTo(name);
        assertThat(Filenames.sanitise(Normalizer.normalize(name, Normalizer.Form.NFD))).isEqualTo(name);
    }

    @Test
    void controlAndDirectionCharactersAndSpecialCharactersGo() {
        assertThat(Filenames.sanitise("bao\u0000cao\r\n.pdf")).isEqualTo("baocao .pdf");
        assertThat(Filenames.sanitise("hoa-don\u202Efdp.exe")).isEqualTo("hoa-donfdp.exe");
        assertThat(Filenames.sanitise("a\"b<c>d|e?f*g:h;i%j.pdf")).isEqualTo("a_b_c_d_e_f_g_h_i_j.pdf");
        assertThat(Filenames.sanitise("  ..hidden.pdf. ")).isEqualTo("hidden.pdf");
        assertThat(Filenames.sanitise("two   spaces\tand tab.pdf")).isEqualTo("two spaces and tab.pdf");
    }

    @Test
    void longNamesAreShortenedKeepingTheExtension() {
        String shortened = Filenames.sanitise("Đ".repeat(300) + ".pdf");
        assertThat(shortened).hasSize(Filenames.MAX_LENGTH).endsWith("Đ.pdf");
    }

    @Test
    void theNameMustNotClaimAnotherFormatThanTheContent() {
        assertThat(Filenames.forType("scan.PDF", DocumentType.PDF)).isEqualTo("scan.PDF");
        assertThat(Filenames.forType("anh.jpeg", DocumentType.JPEG)).isEqualTo("anh.jpeg");
        assertThat(Filenames.forType("../../etc/passwd", DocumentType.PDF)).isEqualTo("passwd.pdf");
        assertThat(Filenames.forType("Biên bản 12.3.2025", DocumentType.PDF)).isEqualTo("Biên bản 12.3.2025.pdf");
        assertThatThrownBy(() -> Filenames.forType("don.pdf", DocumentType.PNG))
                .isInstanceOf(DocumentRefusedException.class)
                .hasFieldOrPropertyWithValue("messageKey", "documents.error.typeNotAllowed")
                .hasFieldOrPropertyWithValue("status", 415);
        assertThatThrownBy(() -> Filenames.forType("trang.html", DocumentType.PDF))
                .isInstanceOf(DocumentRefusedException.class);
    }
}
