package vn.unioncare.bench;

import org.springframework.context.annotation.Bean;
import vn.unioncare.documents.AdministrativeLetter;
import vn.unioncare.documents.AdministrativeLetters;
import vn.unioncare.documents.PaymentReceipt;
import vn.unioncare.documents.PaymentReceipts;

import java.util.function.Supplier;

/**
 * "No PDF" for M1, in the benchmark's UnionCare contexts only: the decision letter and the payment receipt are still
 * made and filed with the case by the process (letter text, document store row and file), but their PDF is rendered
 * once and the bytes reused for every later case, so PDF rendering (measured on its own by M5) is not in the
 * measured path. Production code and behaviour are unchanged; the two renderer beans are replaced by bean
 * definition overriding in these contexts.
 * <p>
 * Not a {@code @Configuration}: UnionCare's component scan would otherwise put it into every test context.
 */
class WithoutPdfRendering {

    @Bean
    AdministrativeLetters administrativeLetters() {
        RenderedOnce once = new RenderedOnce();
        return new AdministrativeLetters() {
            @Override
            public byte[] render(AdministrativeLetter letter) {
                return once.bytes(() -> super.render(letter));
            }
        };
    }

    @Bean
    PaymentReceipts paymentReceipts() {
        RenderedOnce once = new RenderedOnce();
        return new PaymentReceipts() {
            @Override
            public byte[] render(PaymentReceipt receipt) {
                return once.bytes(() -> super.render(receipt));
            }
        };
    }

    /** The bytes of the first rendering, reused (a race renders a few more times, which does no harm). */
    private static final class RenderedOnce {
        private volatile byte[] rendered;

        byte[] bytes(Supplier<byte[]> render) {
            if (rendered == null) {
                rendered = render.get();
            }
            return rendered;
        }
    }
}
