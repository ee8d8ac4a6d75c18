package vn.unioncare.jobs.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import vn.unioncare.jobs.JobReferralView;
import vn.unioncare.jobs.PlacementView;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Where the referral stands and, for each vacancy the member was referred to, what the employer answered. */
class JobReferralPanel extends Div {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    JobReferralPanel(JobReferralView referral) {
        setId("job-referral");
        addClassName("uc-case-section");
        add(new H3(getTranslation("jobs.referral.section.title")));
        fact("job-referral-status", "jobs.referral.section.status",
                getTranslation("jobs.referral.status." + referral.status()));
        if (referral.channel() != null) {
            fact("job-referral-channel", "jobs.referral.section.channel",
                    getTranslation("jobs.referral.channel." + referral.channel()));
        }
        fact("job-referral-desired", "jobs.referral.section.desired", referral.desiredOccupation());
        fact("job-referral-consent", "jobs.referral.section.consent", getTranslation(referral.consent()
                ? "jobs.referral.section.consentGiven" : "jobs.referral.section.consentRefused"));
        add(new H4(getTranslation("jobs.referral.section.placements")));
        if (referral.placements().isEmpty()) {
            Span none = new Span(getTranslation("jobs.referral.section.noPlacements"));
            none.setId("job-referral-no-placements");
            add(none);
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("job-referral-placements");
        referral.placements().forEach(p -> list.add(placement(p)));
        add(list);
    }

    private ListItem placement(PlacementView placement) {
        Span vacancy = new Span(getTranslation("jobs.referral.section.placement", placement.vacancyTitle(),
                placement.employerName(), DATE.format(placement.referredAt().atZone(HANOI))));
        vacancy.addClassName("uc-fact-label");
        Span outcome = new Span(" " + String.join(" · ", outcome(placement)));
        outcome.addClassName("job-placement-outcome");
        ListItem item = new ListItem(vacancy, outcome);
        item.setId("job-placement-" + placement.vacancyId());
        return item;
    }

    private List<String> outcome(PlacementView placement) {
        List<String> parts = new ArrayList<>();
        if (placement.awaitingAnswer()) {
            parts.add(getTranslation("jobs.referral.section.awaiting"));
        } else if (placement.hired()) {
            parts.add(getTranslation("jobs.referral.section.hired", placement.hiredOn() == null ? "–"
                    : DATE.format(placement.hiredOn())));
        } else {
            parts.add(getTranslation(placement.interviewed() ? "jobs.referral.section.notHired"
                    : "jobs.referral.section.notInterviewed"));
        }
        if (placement.stillEmployed30() != null) {
            parts.add(getTranslation("jobs.referral.section.checkIn30", employed(placement.stillEmployed30())));
        }
        if (placement.stillEmployed90() != null) {
            parts.add(getTranslation("jobs.referral.section.checkIn90", employed(placement.stillEmployed90())));
        }
        return parts;
    }

    private String employed(boolean still) {
        return getTranslation(still ? "jobs.referral.section.stillEmployed" : "jobs.referral.section.notEmployed");
    }

    /** A line "label: value" of the section; nothing for a missing value. */
    private void fact(String id, String labelKey, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Span text = new Span(value);
        text.setId(id);
        Div line = new Div();
        line.addClassName("uc-case-line");
        line.add(labelled(labelKey), text);
        add(line);
    }

    private Span labelled(String labelKey) {
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.addClassName("uc-fact-label");
        return label;
    }
}
