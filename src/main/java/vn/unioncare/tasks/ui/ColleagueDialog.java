package vn.unioncare.tasks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import vn.unioncare.security.Colleague;

import java.util.List;
import java.util.function.Consumer;

/** Choosing the colleague to hand one or more tasks to. */
class ColleagueDialog extends Dialog {

    ColleagueDialog(String title, List<Colleague> colleagues, Consumer<String> chosen) {
        setHeaderTitle(title);
        ComboBox<Colleague> colleague = new ComboBox<>(getTranslation("tasks.colleague"));
        colleague.setId("colleague");
        colleague.setItems(colleagues);
        colleague.setItemLabelGenerator(Colleague::displayName);
        colleague.setWidthFull();
        colleague.setRequired(true);
        Button confirm = new Button(getTranslation("tasks.dialog.ok"), e -> {
            if (colleague.getValue() == null) {
                colleague.setInvalid(true);
                colleague.setErrorMessage(getTranslation("tasks.colleague.required"));
                return;
            }
            close();
            chosen.accept(colleague.getValue().username());
        });
        confirm.setId("colleague-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(colleague);
        getFooter().add(new Button(getTranslation("tasks.dialog.cancel"), e -> close()), confirm);
    }
}
