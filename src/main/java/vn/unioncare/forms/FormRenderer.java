package vn.unioncare.forms;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Makes {@link RenderedForm}s wired to the shared expressions, validator and messages. */
@Component
public class FormRenderer {

    private final FormExpressions expressions;
    private final FormValidator validator;
    private final FormMessages messages;
    private final StagedFiles stagedFiles;
    private final List<FieldLookup> lookups;

    public FormRenderer(FormExpressions expressions, FormValidator validator, FormMessages messages,
                        StagedFiles stagedFiles, List<FieldLookup> lookups) {
        this.lookups = List.copyOf(lookups);
        this.expressions = expressions;
        this.validator = validator;
        this.messages = messages;
        this.stagedFiles = stagedFiles;
    }

    public RenderedForm render(FormSchema schema, Map<String, Object> context, Locale locale) {
        return new RenderedForm(schema, context, expressions, validator, messages, stagedFiles, lookups, locale);
    }

    public String message(FormSchemaException problem, Locale locale) {
        return messages.message(problem, locale);
    }
}
