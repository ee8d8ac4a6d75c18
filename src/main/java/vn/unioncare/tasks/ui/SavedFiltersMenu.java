package vn.unioncare.tasks.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import vn.unioncare.common.RefusedException;
import vn.unioncare.tasks.Queue;
import vn.unioncare.tasks.SavedFilter;
import vn.unioncare.tasks.SavedTaskFilters;
import vn.unioncare.tasks.TaskFilter;

import java.util.function.BiConsumer;
import java.util.function.Supplier;

/** The officer's saved filters: pick one to apply it, save the current one under a name, delete the chosen one. */
class SavedFiltersMenu extends Composite<HorizontalLayout> {

    private final transient SavedTaskFilters saved;
    private final transient Supplier<Queue> currentQueue;
    private final transient Supplier<TaskFilter> currentFilter;
    private final Select<SavedFilter> choice = new Select<>();

    SavedFiltersMenu(SavedTaskFilters saved, Supplier<Queue> currentQueue, Supplier<TaskFilter> currentFilter,
                     BiConsumer<Queue, TaskFilter> apply) {
        this.saved = saved;
        this.currentQueue = currentQueue;
        this.currentFilter = currentFilter;
        choice.setId("saved-filters");
        choice.setPlaceholder(getTranslation("tasks.filters.saved"));
        choice.setAriaLabel(getTranslation("tasks.filters.saved"));
        choice.setItemLabelGenerator(f -> f == null ? "" : f.name());
        choice.setEmptySelectionAllowed(true);
        choice.setEmptySelectionCaption(getTranslation("tasks.filters.saved"));
        choice.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                apply.accept(e.getValue().queue(), e.getValue().filter());
            }
        });
        Button save = new Button(VaadinIcon.BOOKMARK.create(), e -> saveDialog().open());
        save.setId("save-filter");
        save.setAriaLabel(getTranslation("tasks.filters.save"));
        save.setTooltipText(getTranslation("tasks.filters.save"));
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> deleteChosen());
        delete.setId("delete-filter");
        delete.setAriaLabel(getTranslation("tasks.filters.delete"));
        delete.setTooltipText(getTranslation("tasks.filters.delete"));
        save.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getContent().add(choice, save, delete);
        getContent().setSpacing(false);
        getContent().setAlignItems(HorizontalLayout.Alignment.BASELINE);
        reload();
    }

    private void reload() {
        choice.setItems(saved.mine());
    }

    private Dialog saveDialog() {
        Dialog dialog = new Dialog(getTranslation("tasks.filters.save"));
        TextField name = new TextField(getTranslation("tasks.filters.name"));
        name.setId("filter-name");
        name.setMaxLength(100);
        name.setWidthFull();
        Button ok = new Button(getTranslation("tasks.dialog.ok"), e -> {
            try {
                saved.save(name.getValue(), currentQueue.get(), currentFilter.get());
                dialog.close();
                reload();
                Notification.show(getTranslation("tasks.filters.saved.done")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (RefusedException refused) {
                name.setInvalid(true);
                name.setErrorMessage(getTranslation(refused.messageKey()));
            }
        });
        ok.setId("filter-name-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(name);
        dialog.getFooter().add(new Button(getTranslation("tasks.dialog.cancel"), e -> dialog.close()), ok);
        return dialog;
    }

    private void deleteChosen() {
        if (choice.getValue() != null) {
            saved.delete(choice.getValue().id());
            reload();
        }
    }
}
