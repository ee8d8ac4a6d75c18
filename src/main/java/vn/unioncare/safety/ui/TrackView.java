package vn.unioncare.safety.ui;

import vn.unioncare.casework.FactLines;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.unioncare.casework.CaseStatus;
import vn.unioncare.common.RefusedException;
import vn.unioncare.safety.AnonymousReports;
import vn.unioncare.safety.PublicAction;
import vn.unioncare.safety.PublicRateLimiter;
import vn.unioncare.safety.ReportStatus;

/**
 * Following an anonymous report with its tracking code: how far the case has come, the officers' questions and the
 * reporter's answers. The code is typed into the field only, never taken from the address, which would keep it in
 * access logs and the browser's history. Every look-up and answer counts against the visitor's rate limit; a
 * wrong code and a malformed one get the same answer.
 */
@Route(value = "track", autoLayout = false)
@AnonymousAllowed
class TrackView extends PublicPage {

    private final transient AnonymousReports reports;
    private final transient PublicRateLimiter limiter;
    private final TextField code = new TextField();
    private final Refusal refusal = new Refusal("track-refused");
    private final Div status = new Div();
    /** The code whose report is shown, for answering; held in this page only. */
    private String openCode;

    TrackView(AnonymousReports reports, PublicRateLimiter limiter) {
        super("safety.track.title");
        this.reports = reports;
        this.limiter = limiter;
        code.setLabel(getTranslation("safety.track.code"));
        code.setId("tracking-code-field");
        code.setWidthFull();
        code.setMaxLength(64);
        code.getElement().setAttribute("autocomplete", "off");
        Button open = new Button(getTranslation("safety.track.open"), e -> open());
        open.setId("track-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickShortcut(Key.ENTER);
        status.setId("track-status");
        content.add(new H2(getTranslation("safety.track.title")), new Paragraph(getTranslation("safety.track.intro")),
                code, open, refusal, status);
    }

    private void open() {
        openCode = null;
        status.removeAll();
        refusal.clear();
        try {
            countRequest();
            show(code.getValue());
        } catch (RefusedException refused) {
            refusal.show(refused);
        }
    }

    private void show(String trackingCode) {
        ReportStatus report = reports.status(trackingCode);
        openCode = trackingCode;
        status.removeAll();
        status.add(facts(report), new ConversationPanel(report.conversation()));
        if (report.status() == CaseStatus.OPEN) {
            status.add(new MessageBox("answer-officers", "safety.track.answer", "safety.track.send", this::answer));
        }
    }

    /** Refusals (rate limit, empty or too long text, a closed case) show at the answer box, which keeps the text. */
    private void answer(String text) {
        countRequest();
        reports.answer(openCode, text);
        show(openCode);
    }

    private FactLines facts(ReportStatus report) {
        return new FactLines()
                .fact("track-case", "safety.track.caseNumber", report.caseNumber())
                .fact("track-case-status", "safety.track.status", getTranslation("casefile.status." + report.status()))
                .fact("track-stage", "safety.track.stage",
                        report.stage() == null ? null : getTranslation("case.stage." + report.stage()))
                .fact("track-received", "safety.track.received", SafetyTimes.dateTime(report.receivedAt()))
                .fact("track-closed", "safety.track.closed", SafetyTimes.dateTime(report.closedAt()));
    }

    private void countRequest() {
        limiter.attempt(PublicAction.TRACK, VaadinRequest.getCurrent().getRemoteAddr()).requireAllowed();
    }
}
