package vn.unioncare.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import vn.unioncare.common.RefusedException;
import vn.unioncare.forms.FormValidationException;
import vn.unioncare.member.MemberSearch;
import vn.unioncare.member.MemberService;
import vn.unioncare.member.MemberStatus;
import vn.unioncare.member.MemberSummary;
import vn.unioncare.training.CohortView;
import vn.unioncare.training.Enrollments;
import vn.unioncare.training.Nomination;
import vn.unioncare.training.TrainingCatalogue;

import java.util.Comparator;
import java.util.List;

/**
 * A grassroots officer picks an open cohort and members of their union (searched and paged lazily, selection kept
 * across pages) and nominates them at once: one enrollment case each, approved without a further confirmation while
 * seats last, waitlisted after.
 */
@Route("training/nominate")
@Menu(order = 52, title = "training.nominate.title", icon = "vaadin:users")
@RolesAllowed({"OFFICER"})
class NominateView extends VerticalLayout implements HasDynamicTitle {

    private final transient Enrollments enrollments;
    private final ComboBox<CohortView> cohort = new ComboBox<>();
    private final TextField search = new TextField();
    private final Grid<MemberSummary> members = new Grid<>();
    private final Span selected = new Span();

    NominateView(TrainingCatalogue catalogue, Enrollments enrollments, MemberService memberService) {
        this.enrollments = enrollments;
        setSizeFull();
        cohort.setId("nominate-cohort");
        cohort.setLabel(getTranslation("training.nominate.cohort"));
        cohort.setWidth("32em");
        cohort.setItemLabelGenerator(c -> "%s – %s (%d/%d)".formatted(c.courseTitle(), c.orgUnitName(),
                c.seatsTaken(), c.seats()));
        cohort.setItems(query -> catalogue.openCohorts(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream(), query -> catalogue.countOpenCohorts(query.getFilter().orElse("")));

        search.setId("nominate-search");
        search.setPlaceholder(getTranslation("training.nominate.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("24em");
        search.addValueChangeListener(e -> members.getDataProvider().refreshAll());

        members.setId("nominate-members");
        members.setSelectionMode(Grid.SelectionMode.MULTI);
        members.addColumn(MemberSummary::fullName).setHeader(getTranslation("member.fullName")).setFlexGrow(1);
        members.addColumn(MemberSummary::cardNumber).setHeader(getTranslation("member.cardNumber"));
        members.setItems(query -> memberService.search(new MemberSearch(search.getValue(), null, MemberStatus.ACTIVE),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        members.addSelectionListener(e -> selected.setText(getTranslation("training.nominate.selected",
                e.getAllSelectedItems().size())));
        selected.setId("nominate-selected");
        selected.setText(getTranslation("training.nominate.selected", 0));

        Button submit = new Button(getTranslation("training.nominate.submit"), e -> nominate());
        submit.setId("nominate-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("training.nominate.title")), cohort, search, members, selected, submit);
        expand(members);
    }

    private void nominate() {
        if (cohort.getValue() == null) {
            Notification.show(getTranslation("training.nominate.chooseCohort"));
            return;
        }
        List<Long> chosen = members.getSelectedItems().stream().sorted(Comparator.comparing(MemberSummary::fullName))
                .map(MemberSummary::id).toList();
        if (chosen.isEmpty()) {
            Notification.show(getTranslation("training.nominate.chooseMembers"));
            return;
        }
        try {
            Nomination nomination = enrollments.nominate(cohort.getValue().id(), chosen);
            members.deselectAll();
            Notification.show(getTranslation("training.nominate.done", nomination.cases().size()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RefusedException | FormValidationException refused) {
            Refusals.show(this, refused);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.nominate.title");
    }
}
