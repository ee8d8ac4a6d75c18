package vn.unioncare.forms;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.ArrayList;
import java.util.List;

/** A Camunda Form (form-js JSON) as Camunda Modeler writes it. Unknown properties are kept out, never rejected. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FormSchema(String id, String type, Integer schemaVersion, Exporter exporter, List<FormComponent> components) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Exporter(String name, String version) {
    }

    public FormSchema {
        components = components == null ? List.of() : List.copyOf(components);
    }

    /** Every component, depth first, containers before what they contain. */
    public List<FormComponent> allComponents() {
        List<FormComponent> all = new ArrayList<>();
        collect(components, all);
        return all;
    }

    private static void collect(List<FormComponent> components, List<FormComponent> into) {
        for (FormComponent component : components) {
            into.add(component);
            collect(component.components(), into);
        }
    }
}
