package vn.unioncare.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads a {@code .form} file and checks that UnionCare can render and enforce it: every component type supported,
 * every input with a key, no key twice. The same check runs when a designer deploys and when a form is shown.
 */
public final class FormSchemaReader {

    private static final int MAX_NESTING = 32;
    private static final ObjectMapper JSON = JsonMapper.builder()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .build();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build());
    }

    private FormSchemaReader() {
    }

    public static FormSchema read(byte[] content, String resourceName) {
        FormSchema schema;
        try {
            schema = JSON.readValue(content, FormSchema.class);
        } catch (JsonProcessingException e) {
            throw new FormSchemaException("forms.error.unreadable", "'%s' is not a readable form (line %d, column %d): %s"
                    .formatted(resourceName, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                            e.getLocation() == null ? 0 : e.getLocation().getColumnNr(), e.getOriginalMessage()),
                    resourceName);
        } catch (IOException e) {
            throw new FormSchemaException("forms.error.unreadable", "'%s' could not be read".formatted(resourceName),
                    resourceName);
        }
        if (schema == null) {
            throw new FormSchemaException("forms.error.unreadable", "'%s' is empty".formatted(resourceName), resourceName);
        }
        check(schema, resourceName);
        return schema;
    }

    private static void check(FormSchema schema, String resourceName) {
        String formName = schema.id() == null ? resourceName : schema.id();
        Set<String> keys = new HashSet<>();
        checkLevel(schema.components(), formName, keys, 0);
    }

    private static void checkLevel(java.util.List<FormComponent> components, String formName, Set<String> keys, int depth) {
        if (depth > MAX_NESTING) {
            throw new FormSchemaException("forms.error.tooDeep", "Form '%s' nests groups too deeply".formatted(formName),
                    formName);
        }
        for (FormComponent component : components) {
            ComponentType type = component.componentType();
            if (type == null) {
                throw new FormSchemaException("forms.error.unsupportedComponent",
                        "Form '%s' uses the component type '%s', which UnionCare does not support"
                                .formatted(formName, component.type()), component.type(), formName);
            }
            String name = dataName(component);
            if (name != null && !keys.add(name)) {
                throw new FormSchemaException("forms.error.duplicateKey",
                        "Form '%s' uses the key '%s' twice".formatted(formName, name), name, formName);
            }
            if (name == null && needsName(type)) {
                throw new FormSchemaException("forms.error.missingKey",
                        "A '%s' field of form '%s' has no key".formatted(component.type(), formName),
                        component.type(), formName);
            }
            if (type == ComponentType.FILEPICKER && FileAccept.isExpression(component.accept())) {
                throw new FormSchemaException("forms.error.acceptExpression",
                        "Form '%s' computes the accepted file types of '%s'; UnionCare needs them listed"
                                .formatted(formName, name), name, formName);
            }
            // a group with a path or a dynamic list opens a namespace of its own
            boolean ownNamespace = type == ComponentType.DYNAMICLIST || type == ComponentType.GROUP && name != null;
            checkLevel(component.components(), formName, ownNamespace ? new HashSet<>() : keys, depth + 1);
        }
    }

    /** The key under which a component's data is submitted, or null for layout-only components. */
    static String dataName(FormComponent component) {
        ComponentType type = component.componentType();
        if (type == null) {
            return null;
        }
        return switch (type.valueKind()) {
            case TEXT, NUMBER, BOOLEAN, TEXT_LIST, FILE_REFERENCES -> blankToNull(component.key());
            case CONTAINER, LIST_OF_OBJECTS -> blankToNull(component.path());
            case NONE -> null;
        };
    }

    private static boolean needsName(ComponentType type) {
        return switch (type.valueKind()) {
            case TEXT, NUMBER, BOOLEAN, TEXT_LIST, FILE_REFERENCES, LIST_OF_OBJECTS -> true;
            default -> false;
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
