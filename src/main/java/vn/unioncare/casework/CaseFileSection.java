package vn.unioncare.casework;

import com.vaadin.flow.component.Component;

import java.util.Optional;

/**
 * A part of the case page that a feature adds for its own kind of case, such as the hardship request with its
 * decision and payment. The feature checks access itself (through {@link CaseAccess}) before it shows anything.
 */
public interface CaseFileSection {

    /** The section for this case, or empty when the case is not of the feature's kind. */
    Optional<Component> create(String caseNumber, String processKey);
}
