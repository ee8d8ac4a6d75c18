package vn.unioncare.casework.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import vn.unioncare.casework.TimelineEntry;

import java.util.List;

/** Everything that happened to the case, oldest first: when, who, what, and the data that came with it. */
class TimelinePanel extends Div {

    TimelinePanel(List<TimelineEntry> entries) {
        addClassName("uc-case-section");
        add(new H3(getTranslation("casefile.timeline")));
        if (entries.isEmpty()) {
            add(new Paragraph(getTranslation("casefile.timeline.empty")));
            return;
        }
        OrderedList list = new OrderedList();
        list.setId("case-timeline");
        list.addClassName("uc-timeline");
        entries.forEach(entry -> list.add(item(entry)));
        add(list);
    }

    private ListItem item(TimelineEntry entry) {
        ListItem item = new ListItem();
        item.addClassName("uc-timeline-entry");
        item.getElement().setAttribute("data-kind", entry.kind().name());
        Div meta = new Div(new Span(CaseTexts.time(entry.at())), new Span(CaseTexts.person(this, entry.actor(), entry.actorName())));
        meta.addClassName("uc-timeline-meta");
        Div what = new Div(getTranslation("casefile.kind." + entry.kind().name())
                + (entry.title() == null || entry.title().isBlank() ? "" : ": " + entry.title()));
        what.addClassName("uc-timeline-what");
        item.add(meta, what);
        if (!entry.details().isEmpty()) {
            DescriptionList details = new DescriptionList();
            details.addClassName("uc-timeline-details");
            entry.details().forEach((key, value) -> details.add(new DescriptionList.Term(CaseTexts.detailName(this, key)),
                    new DescriptionList.Description(CaseTexts.value(this, value))));
            item.add(details);
        }
        return item;
    }
}
