package vn.unioncare.forms;

import java.util.Arrays;
import java.util.Optional;

/** The form-js components UnionCare renders and validates. Anything else is refused with a clear message. */
public enum ComponentType {
    TEXTFIELD("textfield", ValueKind.TEXT),
    TEXTAREA("textarea", ValueKind.TEXT),
    NUMBER("number", ValueKind.NUMBER),
    CHECKBOX("checkbox", ValueKind.BOOLEAN),
    CHECKLIST("checklist", ValueKind.TEXT_LIST),
    RADIO("radio", ValueKind.TEXT),
    SELECT("select", ValueKind.TEXT),
    TAGLIST("taglist", ValueKind.TEXT_LIST),
    DATETIME("datetime", ValueKind.TEXT),
    FILEPICKER("filepicker", ValueKind.FILE_REFERENCES),
    TEXT("text", ValueKind.NONE),
    HTML("html", ValueKind.NONE),
    IMAGE("image", ValueKind.NONE),
    SEPARATOR("separator", ValueKind.NONE),
    SPACER("spacer", ValueKind.NONE),
    GROUP("group", ValueKind.CONTAINER),
    DYNAMICLIST("dynamiclist", ValueKind.LIST_OF_OBJECTS),
    BUTTON("button", ValueKind.NONE);

    /**
     * What a component contributes to the submitted data. {@code FILE_REFERENCES}: references to files the user
     * staged beforehand ({@link StagedFiles}), never file content.
     */
    public enum ValueKind { TEXT, NUMBER, BOOLEAN, TEXT_LIST, FILE_REFERENCES, NONE, CONTAINER, LIST_OF_OBJECTS }

    private final String formJsType;
    private final ValueKind valueKind;

    ComponentType(String formJsType, ValueKind valueKind) {
        this.formJsType = formJsType;
        this.valueKind = valueKind;
    }

    public String formJsType() {
        return formJsType;
    }

    public ValueKind valueKind() {
        return valueKind;
    }

    public boolean hasOptions() {
        return this == CHECKLIST || this == RADIO || this == SELECT || this == TAGLIST;
    }

    public static Optional<ComponentType> of(String formJsType) {
        return Arrays.stream(values()).filter(t -> t.formJsType.equals(formJsType)).findFirst();
    }
}
