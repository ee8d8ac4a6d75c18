package vn.unioncare.training.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.unioncare.common.RefusedException;
import vn.unioncare.training.Certificates;
import vn.unioncare.training.VerificationCodes;
import vn.unioncare.training.VerificationRateLimit;
import vn.unioncare.training.VerifiedCertificate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The public check of a certificate: the QR code on it opens {@code /verify/<code>}; anyone may also type a code.
 * It shows what the certificate says and whether it still stands, nothing else about the holder. Unknown and
 * malformed codes get the same "not found"; every look-up counts against the visitor's rate limit.
 */
@Route(value = "verify/:code?", autoLayout = false)
@AnonymousAllowed
class VerifyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final transient Certificates certificates;
    private final transient VerificationRateLimit limit;
    private final TextField code = new TextField();
    private final Div result = new Div();

    VerifyView(Certificates certificates, VerificationRateLimit limit) {
        this.certificates = certificates;
        this.limit = limit;
        setMaxWidth("50em");
        getStyle().set("margin", "0 auto");
        H1 name = new H1(getTranslation("app.name"));
        name.getStyle().set("font-size", "var(--lumo-font-size-xl)");
        code.setLabel(getTranslation("training.verify.code"));
        code.setId("verify-code-field");
        code.setMaxLength(40);
        code.setWidthFull();
        code.getElement().setAttribute("autocomplete", "off");
        Button check = new Button(getTranslation("training.verify.open"), e -> check(code.getValue()));
        check.setId("verify-open");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickShortcut(Key.ENTER);
        result.setId("verify-result");
        result.setWidthFull();
        Paragraph privacy = new Paragraph(getTranslation("training.verify.privacy"));
        privacy.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        add(name, new H2(getTranslation("training.verify.title")), new Paragraph(getTranslation("training.verify.intro")),
                code, check, result, privacy);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("code").ifPresent(fromAddress -> {
            code.setValue(VerificationCodes.normalise(fromAddress).map(VerificationCodes::display).orElse(fromAddress));
            check(fromAddress);
        });
    }

    private void check(String typed) {
        result.removeAll();
        try {
            limit.require(VaadinRequest.getCurrent().getRemoteAddr());
            certificates.verify(typed).ifPresentOrElse(this::show,
                    () -> result.add(message("verify-not-found", getTranslation("training.verify.notFound"), true)));
        } catch (RefusedException refused) {
            result.add(message("verify-refused", getTranslation(refused.messageKey(), refused.arguments().toArray()),
                    true));
        }
    }

    private void show(VerifiedCertificate certificate) {
        result.add(certificate.revoked()
                ? message("verify-status", getTranslation("training.verify.revoked", date(certificate.revokedOn())), true)
                : message("verify-status", getTranslation("training.verify.valid"), false));
        fact("verify-holder", "training.verify.holder", certificate.holderName());
        fact("verify-course", "training.verify.course", certificate.courseTitle());
        fact("verify-hours", "training.verify.hours", getTranslation("training.verify.hoursValue", certificate.hours()));
        fact("verify-completed", "training.verify.completedOn", date(certificate.completedOn()));
        fact("verify-union", "training.verify.issuingUnion", certificate.issuingUnion());
        fact("verify-issued", "training.verify.issuedOn", date(certificate.issuedOn()));
        fact("verify-code", "training.verify.code", VerificationCodes.display(certificate.verificationCode()));
    }

    private void fact(String id, String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Span text = new Span(value);
        text.setId(id);
        result.add(new Div(label, text));
    }

    private static Paragraph message(String id, String text, boolean alert) {
        Paragraph message = new Paragraph(text);
        message.setId(id);
        message.getStyle().set("font-weight", "600")
                .set("color", alert ? "var(--lumo-error-text-color)" : "var(--lumo-success-text-color)");
        if (alert) {
            message.getElement().setAttribute("role", "alert");
        }
        return message;
    }

    private static String date(LocalDate date) {
        return date.format(DATE);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.verify.title") + " | " + getTranslation("app.name");
    }
}
