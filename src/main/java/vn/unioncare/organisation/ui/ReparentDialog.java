package vn.unioncare.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import vn.unioncare.organisation.HierarchyException;
import vn.unioncare.organisation.OrgUnitView;
import vn.unioncare.organisation.OrganisationService;

import java.time.LocalDate;

/** Moves a unit under a new parent from a date on; the old link is kept in the history. */
class ReparentDialog extends Dialog {

    ReparentDialog(OrganisationService organisation, OrgUnitView unit, Runnable afterMove) {
        setHeaderTitle(getTranslation("organisation.move.title", unit.name(getLocale())));
        ComboBox<OrgUnitView> parent = new ComboBox<>(getTranslation("organisation.move.newParent"));
        parent.setId("new-parent");
        java.util.List<OrgUnitView> chain = organisation.ancestorsNearestFirst(unit.id());
        long root = chain.get(chain.size() - 1).id();
        parent.setItems(query -> organisation.searchInSubtree(root, query.getFilter().orElse(""),
                PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("code"))).stream());
        parent.setItemLabelGenerator(u -> u.name(getLocale()) + " (" + u.code() + ")");
        parent.setRequired(true);
        DatePicker from = new DatePicker(getTranslation("organisation.validFrom"), LocalDate.now());
        from.setId("effective-from");
        from.setMax(LocalDate.now());
        TextField reason = new TextField(getTranslation("organisation.reason"));
        reason.setMaxLength(500);
        add(new FormLayout(parent, from, reason));
        Button save = new Button(getTranslation("action.save"), e -> {
            if (parent.getValue() == null || from.getValue() == null) {
                parent.setInvalid(parent.getValue() == null);
                parent.setErrorMessage(getTranslation("validation.required"));
                from.setInvalid(from.getValue() == null);
                from.setErrorMessage(getTranslation("validation.required"));
                return;
            }
            try {
                organisation.reparent(unit.id(), parent.getValue().id(), from.getValue(), reason.getValue());
                close();
                afterMove.run();
                Notification.show(getTranslation("organisation.move.done"));
            } catch (HierarchyException ex) {
                Notification.show(getTranslation(ex.messageKey())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.setId("save-move");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
