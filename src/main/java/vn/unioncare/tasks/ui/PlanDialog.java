package vn.unioncare.tasks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;

import vn.unioncare.forms.VietnameseDates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.BiConsumer;

/** Setting a task's due and follow-up days. */
class PlanDialog extends Dialog {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    PlanDialog(Instant due, Instant followUp, LocalDate today, BiConsumer<LocalDate, LocalDate> planned) {
        setHeaderTitle(getTranslation("tasks.plan"));
        DatePicker dueDay = picker("tasks.due", "plan-due", due, today);
        DatePicker followUpDay = picker("tasks.followUp", "plan-follow-up", followUp, today);
        Button ok = new Button(getTranslation("tasks.dialog.ok"), e -> {
            close();
            planned.accept(dueDay.getValue(), followUpDay.getValue());
        });
        ok.setId("plan-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(dueDay, followUpDay);
        getFooter().add(new Button(getTranslation("tasks.dialog.cancel"), e -> close()), ok);
    }

    private DatePicker picker(String label, String id, Instant value, LocalDate today) {
        DatePicker picker = new DatePicker(getTranslation(label));
        picker.setId(id);
        picker.setMin(today);
        picker.setI18n(VietnameseDates.datePickerI18n(getLocale()));
        picker.setClearButtonVisible(true);
        picker.setValue(value == null ? null : LocalDate.ofInstant(value, HANOI));
        picker.setWidthFull();
        return picker;
    }
}
