package vn.unioncare.casework.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.unioncare.casework.CaseAttachments;
import vn.unioncare.casework.CaseComments;
import vn.unioncare.casework.CaseFileDetails;
import vn.unioncare.casework.CaseFileSection;
import vn.unioncare.casework.CaseFiles;
import vn.unioncare.casework.ProcessDiagrams;
import vn.unioncare.common.RefusedException;
import vn.unioncare.security.CurrentUser;

import java.util.List;

/**
 * One case file: header, open tasks, the timeline and the comments. Anyone signed in may ask; the service answers
 * "not found or no access" for a case that is not theirs to see, exactly as for one that does not exist.
 */
@Route("cases/:caseNumber")
@PermitAll
class CaseFileView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Where the lead plugs in the attachments panel and the process diagram. */
    static final String ATTACHMENTS_SLOT = "case-attachments";
    static final String DIAGRAM_SLOT = "case-diagram";

    private final transient CaseFiles caseFiles;
    private final transient CaseComments comments;
    private final transient CurrentUser currentUser;
    private final transient CaseAttachments attachments;
    private final transient ProcessDiagrams diagrams;
    private final transient List<CaseFileSection> sections;
    private String caseNumber = "";

    CaseFileView(CaseFiles caseFiles, CaseComments comments, CurrentUser currentUser, CaseAttachments attachments,
                 ProcessDiagrams diagrams, List<CaseFileSection> sections) {
        this.sections = sections;
        this.attachments = attachments;
        this.diagrams = diagrams;
        this.caseFiles = caseFiles;
        this.comments = comments;
        this.currentUser = currentUser;
        addClassName("uc-case-file");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caseNumber = event.getRouteParameters().get("caseNumber").orElse("");
        show();
    }

    private void show() {
        removeAll();
        try {
            CaseFileDetails details = caseFiles.open(caseNumber, getLocale());
            boolean officer = currentUser.get().map(u -> u.isOfficer() || u.isAdmin()).orElse(false);
            add(new CaseHeaderPanel(details.header()));
            sections.forEach(section -> section.create(caseNumber, details.header().processKey()).ifPresent(this::add));
            add(new CaseTasksPanel(details.openTasks(), officer,
                    currentUser.get().map(u -> u.getUsername()).orElse("")),
                    slot(DIAGRAM_SLOT, new ProcessDiagramPanel(diagrams, caseNumber)), new TimelinePanel(details.timeline()), slot(ATTACHMENTS_SLOT, new AttachmentsPanel(attachments, caseNumber)),
                    new CommentsPanel(comments, caseNumber, comments.list(caseNumber), this::show));
        } catch (RefusedException e) {
            H2 message = new H2(getTranslation(e.messageKey()));
            message.setId("case-not-found");
            add(message);
        }
    }

    private static Div slot(String id, com.vaadin.flow.component.Component... content) {
        Div slot = new Div(content);
        slot.setId(id);
        slot.addClassName("uc-case-section");
        return slot;
    }

    @Override
    public String getPageTitle() {
        return caseNumber + " | " + getTranslation("app.name");
    }
}
