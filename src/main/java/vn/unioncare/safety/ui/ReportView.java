package vn.unioncare.safety.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.unioncare.common.RefusedException;
import vn.unioncare.forms.FormRenderer;
import vn.unioncare.forms.RenderedForm;
import vn.unioncare.safety.AnonymousReceipt;
import vn.unioncare.safety.AnonymousReports;
import vn.unioncare.safety.PhotoSanitiser;
import vn.unioncare.safety.PublicAction;
import vn.unioncare.safety.PublicRateLimiter;

import java.util.Map;

/**
 * Reporting a workplace hazard or accident without an account: the deployed {@code safety-report} form, photos,
 * and once accepted the tracking code, shown this once. Field errors show at the fields; any other refusal (a photo,
 * too many reports) stays on the page; nothing is saved unless the whole report is accepted. The visitor's address
 * is read only to count their reports in the rate limiter.
 */
@Route(value = "report", autoLayout = false)
@AnonymousAllowed
class ReportView extends PublicPage {

    private final transient AnonymousReports reports;
    private final transient PublicRateLimiter limiter;
    private final PhotoPicker photos;
    private final Refusal refusal = new Refusal("report-refused");

    ReportView(AnonymousReports reports, FormRenderer forms, PublicRateLimiter limiter, PhotoSanitiser sanitiser) {
        super("safety.report.title");
        this.reports = reports;
        this.limiter = limiter;
        this.photos = new PhotoPicker(sanitiser);
        RenderedForm form = forms.render(reports.form(), Map.of(), getLocale());
        form.onSubmit(this::submit);
        Button submit = new Button(getTranslation("safety.report.submit"), e -> {
            refusal.clear();
            form.submit();
        });
        submit.setId("submit-report");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.add(new H2(getTranslation("safety.report.title")),
                new Paragraph(getTranslation("safety.report.intro")), form, photos, refusal, submit);
    }

    /** Called by the form once its fields are valid; the service's field errors go back to the form. */
    private void submit(Map<String, Object> fields) {
        try {
            limiter.attempt(PublicAction.SUBMIT, VaadinRequest.getCurrent().getRemoteAddr()).requireAllowed();
            showReceipt(reports.submit(fields, photos.uploads()));
        } catch (RefusedException refused) {
            refusal.show(refused);
        }
    }

    private void showReceipt(AnonymousReceipt receipt) {
        content.removeAll();
        H2 accepted = new H2(getTranslation("safety.report.accepted", receipt.caseNumber()));
        accepted.setId("report-accepted");
        Div code = new Div(receipt.trackingCode());
        code.setId("tracking-code");
        code.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)")
                .set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "700")
                .set("letter-spacing", "0.05em").set("padding", "var(--lumo-space-m)")
                .set("border", "2px dashed var(--lumo-primary-color)").set("overflow-wrap", "anywhere");
        Paragraph keep = new Paragraph(getTranslation("safety.report.keepCode"));
        keep.setId("tracking-code-explained");
        Anchor track = new Anchor("track", getTranslation("safety.report.trackLink"));
        track.setId("report-track-link");
        content.add(accepted, new Paragraph(getTranslation("safety.report.yourCode")), code, keep, track);
    }
}
