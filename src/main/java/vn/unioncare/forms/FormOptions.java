package vn.unioncare.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The options of a select, radio, checklist or taglist: static {@code values} or a list named by {@code valuesKey}. */
public final class FormOptions {

    private FormOptions() {
    }

    public static List<FormComponent.Option> of(FormComponent field, Map<String, Object> context) {
        if (field.valuesKey() == null || field.valuesKey().isBlank()) {
            return field.values();
        }
        Object source = context.get(field.valuesKey());
        List<FormComponent.Option> options = new ArrayList<>();
        if (source instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> map && map.get("value") != null) {
                    Object label = map.get("label") == null ? map.get("value") : map.get("label");
                    options.add(new FormComponent.Option(String.valueOf(label), String.valueOf(map.get("value"))));
                } else if (item != null) {
                    options.add(new FormComponent.Option(String.valueOf(item), String.valueOf(item)));
                }
            }
        }
        return options;
    }
}
