package vn.unioncare.forms;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ParsedFeelEngineTest {

    private static final List<String> EXPRESSIONS = List.of("amountRequested > 5000000", "supportType = \"other\"",
            "count(providedDocuments) > 0", "verified", "amountRequested + ", "unknownName > 3",
            "if verified then \"yes\" else \"no\"", "date(paidOn) < date(\"2030-01-01\")");

    private final FeelEngine camunda = new ScalaFeelEngineFactory().createInstance();
    private final FeelEngine parsedOnce = new ParsedFeelEngine();

    @Test
    void answersAsCamundasEngineForEveryExpressionAndEveryData() {
        List<Map<String, Object>> data = List.of(
                Map.of("amountRequested", 7_000_000L, "supportType", "other", "providedDocuments", List.of("a"),
                        "verified", true, "paidOn", "2026-11-27"),
                Map.of("amountRequested", 700_000L, "supportType", "illness", "providedDocuments", List.of(),
                        "verified", false, "paidOn", "2031-01-01"),
                Map.of());
        for (int round = 0; round < 2; round++) {
            for (String expression : EXPRESSIONS) {
                for (Map<String, Object> values : data) {
                    assertThat(outcome(parsedOnce, expression, values)).as(expression + " with " + values)
                            .isEqualTo(outcome(camunda, expression, values));
                }
            }
        }
    }

    @Test
    void anExpressionThatDoesNotParseFailsEveryTimeWithTheEnginesMessage() {
        VariableMap none = Variables.createVariables();
        for (int round = 0; round < 2; round++) {
            FeelException failure = catchThrowableOfType(
                    () -> parsedOnce.evaluateSimpleExpression("amountRequested + ", none.asVariableContext()),
                    FeelException.class);
            assertThat(failure).hasMessageContaining("failed to parse expression");
        }
    }

    /** The value, or the failure's message: what a caller of the engine can tell apart. */
    private static Object outcome(FeelEngine engine, String expression, Map<String, Object> values) {
        VariableMap variables = Variables.createVariables();
        variables.putAll(values);
        try {
            Object value = engine.evaluateSimpleExpression(expression, variables.asVariableContext());
            return value == null ? "null" : value;
        } catch (FeelException e) {
            return "failed: " + e.getMessage();
        }
    }
}
