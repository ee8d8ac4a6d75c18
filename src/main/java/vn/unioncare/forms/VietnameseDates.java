package vn.unioncare.forms;

import com.vaadin.flow.component.datepicker.DatePicker;

import java.util.List;
import java.util.Locale;

/** Dates as Vietnamese users write them: 26/11/2026, weeks from Monday, month and day names in Vietnamese. */
public final class VietnameseDates {

    private VietnameseDates() {
    }

    public static DatePicker.DatePickerI18n datePickerI18n(Locale locale) {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat("dd/MM/yyyy");
        i18n.setFirstDayOfWeek(1);
        if (locale == null || "vi".equals(locale.getLanguage())) {
            i18n.setMonthNames(List.of("Tháng 1", "Tháng 2", "Tháng 3", "Tháng 4", "Tháng 5", "Tháng 6", "Tháng 7",
                    "Tháng 8", "Tháng 9", "Tháng 10", "Tháng 11", "Tháng 12"));
            i18n.setWeekdays(List.of("Chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy"));
            i18n.setWeekdaysShort(List.of("CN", "T2", "T3", "T4", "T5", "T6", "T7"));
            i18n.setToday("Hôm nay");
            i18n.setCancel("Hủy");
        }
        return i18n;
    }
}
