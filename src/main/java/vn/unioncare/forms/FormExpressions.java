package vn.unioncare.forms;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Evaluates the FEEL expressions of a form ({@code =amountRequested > 5000000}) with the FEEL engine Camunda ships,
 * on the server: for the live form and again on submit. An expression that cannot be evaluated counts as false and
 * is logged for the designer, so a typo never blocks a member's request.
 */
@Component
public class FormExpressions {

    private static final Logger log = LoggerFactory.getLogger(FormExpressions.class);

    private final FeelEngine feel = new ParsedFeelEngine();

    /** A flag that form-js allows as a boolean or an expression: {@code readonly}, {@code disabled}. */
    public boolean isTrue(JsonNode flag, Map<String, Object> data) {
        if (flag == null || flag.isNull()) {
            return false;
        }
        if (flag.isBoolean()) {
            return flag.booleanValue();
        }
        return flag.isTextual() && isTrue(flag.textValue(), data);
    }

    /** A condition such as {@code conditional.hide}; plain {@code true}/{@code false} are accepted too. */
    public boolean isTrue(String expression, Map<String, Object> data) {
        if (expression == null || expression.isBlank()) {
            return false;
        }
        String body = expression.strip();
        if (!body.startsWith("=")) {
            return Boolean.parseBoolean(body);
        }
        try {
            VariableMap variables = Variables.createVariables();
            data.forEach((name, value) -> {
                if (name != null && !name.isBlank()) {
                    variables.putValue(name, value);
                }
            });
            Object result = feel.evaluateSimpleExpression(body.substring(1), variables.asVariableContext());
            return Boolean.TRUE.equals(result);
        } catch (RuntimeException e) {
            log.warn("Form expression '{}' could not be evaluated ({}); treated as false", body, e.getMessage());
            return false;
        }
    }
}
