package vn.unioncare.tasks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.unioncare.common.RefusedException;
import vn.unioncare.forms.VietnameseDates;
import vn.unioncare.security.Colleague;
import vn.unioncare.tasks.Substitutes;
import vn.unioncare.tasks.Substitution;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Naming a substitute for an absence: while it runs, my new tasks and my union queues go to them. */
@Route("out-of-office")
@Menu(order = 30, title = "nav.outOfOffice", icon = "vaadin:airplane")
@RolesAllowed("OFFICER")
class OutOfOfficeView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final transient Substitutes substitutes;
    private final Grid<Substitution> absences = new Grid<>();
    private final Map<String, String> names;

    OutOfOfficeView(Substitutes substitutes, Clock clock) {
        this.substitutes = substitutes;
        List<Colleague> colleagues = substitutes.candidates();
        this.names = colleagues.stream()
                .collect(Collectors.toMap(Colleague::username, Colleague::displayName, (a, b) -> a));
        setMaxWidth("60em");
        LocalDate today = LocalDate.now(clock);
        ComboBox<Colleague> substitute = new ComboBox<>(getTranslation("substitutes.substitute"));
        substitute.setId("substitute");
        substitute.setItems(colleagues);
        substitute.setItemLabelGenerator(Colleague::displayName);
        substitute.setMinWidth("16em");
        DatePicker from = day("substitutes.from", "absence-from", today);
        DatePicker to = day("substitutes.to", "absence-to", today);
        Button save = new Button(getTranslation("substitutes.save"), e -> {
            try {
                substitutes.name(substitute.getValue() == null ? null : substitute.getValue().username(),
                        from.getValue(), to.getValue());
                Notification.show(getTranslation("substitutes.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (RefusedException refused) {
                Notification.show(getTranslation(refused.messageKey())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.setId("absence-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout form = new FlexLayout(substitute, from, to, save);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.setAlignItems(FlexLayout.Alignment.BASELINE);
        form.addClassName("uc-tools");

        absences.setId("absences");
        absences.addColumn(s -> names.getOrDefault(s.substitute(), s.substitute()))
                .setHeader(getTranslation("substitutes.substitute"));
        absences.addColumn(s -> DATE.format(s.from())).setHeader(getTranslation("substitutes.from"));
        absences.addColumn(s -> DATE.format(s.to())).setHeader(getTranslation("substitutes.to"));
        absences.addComponentColumn(s -> {
            Button cancel = new Button(getTranslation("substitutes.cancel"), e -> {
                substitutes.cancel(s.id());
                refresh();
            });
            cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return cancel;
        });
        absences.setAllRowsVisible(true);
        add(new H2(getTranslation("nav.outOfOffice")), new Paragraph(getTranslation("substitutes.explain")), form,
                absences);
        refresh();
    }

    private DatePicker day(String label, String id, LocalDate today) {
        DatePicker day = new DatePicker(getTranslation(label));
        day.setId(id);
        day.setMin(today);
        day.setI18n(VietnameseDates.datePickerI18n(getLocale()));
        return day;
    }

    private void refresh() {
        absences.setItems(substitutes.mine());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.outOfOffice") + " | " + getTranslation("app.name");
    }
}
