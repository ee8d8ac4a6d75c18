package vn.unioncare.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import vn.unioncare.common.RefusedException;
import vn.unioncare.training.InvalidInputException;
import vn.unioncare.training.TrainingField;

/** What the course and cohort forms share: fields labelled from the bundles, and Cancel and Save below. */
abstract class TrainingFormDialog extends Dialog {

    void labelled(FormLayout form, TrainingField field, HasLabel component, String id) {
        component.setLabel(getTranslation("training.field." + field.name()));
        ((Component) component).setId(id);
        form.add((Component) component);
    }

    void saveAndCancel(String saveId) {
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId(saveId);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    abstract void save();

    /**
     * Runs the service call; on success closes the form and tells {@code saved}, on invalid input hands the problems
     * to {@code invalid}, on any other refusal says why.
     */
    void saving(Runnable call, java.util.function.Consumer<InvalidInputException> invalid, Runnable saved) {
        try {
            call.run();
        } catch (InvalidInputException problems) {
            invalid.accept(problems);
            return;
        } catch (RefusedException refused) {
            TrainingTexts.refused(this, refused);
            return;
        }
        close();
        TrainingTexts.success(getTranslation("training.saved"));
        saved.run();
    }
}
