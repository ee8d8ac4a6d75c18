package vn.unioncare.forms;

import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Left;
import camundajar.impl.scala.util.Right;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.FeelEngine;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Camunda's FEEL engine (as {@code ScalaFeelEngineFactory} makes it) that keeps each expression parsed: Camunda's
 * engine parses the text again on every evaluation, and a form's conditions are evaluated for its fields on every
 * submission (half of the FEEL time of a form in the M1 benchmark's profile was parsing). The result, and the
 * failure of an expression that cannot be parsed or evaluated, are the engine's own.
 */
final class ParsedFeelEngine extends ScalaFeelEngine {

    /** Forms hold a few dozen distinct expressions; beyond this many, texts are parsed each time as before. */
    private static final int MOST_KEPT = 10_000;

    private final Map<String, Either<FeelEngine.Failure, ParsedExpression>> parsed = new ConcurrentHashMap<>();

    ParsedFeelEngine() {
        super(null);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
        Either<FeelEngine.Failure, ParsedExpression> parsedExpression = parse(expression);
        Either<FeelEngine.Failure, ?> result = parsedExpression instanceof Right<FeelEngine.Failure, ParsedExpression> ready
                ? feelEngine.eval(ready.value(), contextOf(variables))
                : parsedExpression;
        if (result instanceof Right<FeelEngine.Failure, ?> value) {
            return (T) value.value();
        }
        throw LOGGER.evaluationException(((Left<FeelEngine.Failure, ?>) result).value().message());
    }

    /** The same context Camunda's engine gives an expression: the variables, through Camunda's wrapper. */
    private static CustomContext contextOf(VariableContext variables) {
        return new CustomContext() {
            @Override
            public VariableProvider variableProvider() {
                return new ContextVariableWrapper(variables);
            }
        };
    }

    private Either<FeelEngine.Failure, ParsedExpression> parse(String expression) {
        Either<FeelEngine.Failure, ParsedExpression> known = parsed.get(expression);
        if (known != null) {
            return known;
        }
        Either<FeelEngine.Failure, ParsedExpression> fresh = feelEngine.parseExpression(expression);
        if (parsed.size() < MOST_KEPT) {
            parsed.putIfAbsent(expression, fresh);
        }
        return fresh;
    }
}
