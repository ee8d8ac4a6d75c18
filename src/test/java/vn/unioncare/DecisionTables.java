package vn.unioncare;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The DMN files in {@code processes/} as Camunda's DMN engine evaluates them, remembering which rows matched, so
 * that a table's test can prove every row is reached by one of its cases.
 */
public final class DecisionTables {

    private static final Set<String> MATCHED_RULES = ConcurrentHashMap.newKeySet();
    private static final DmnEngine DMN = engineRecordingMatchedRules();
    private static final Pattern RULE_ID = Pattern.compile("<rule id=\"([^\"]+)\"");

    private DecisionTables() {
    }

    /** The single result of the file's decision for the inputs. */
    public static DmnDecisionResultEntries evaluate(String file, Map<String, Object> inputs) {
        try (InputStream dmn = open(file)) {
            DmnDecision decision = DMN.parseDecisions(dmn).get(0);
            return DMN.evaluateDecision(decision, inputs).getSingleResult();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids of every row of the file's tables. */
    public static List<String> ruleIds(String file) {
        try (InputStream dmn = open(file)) {
            return RULE_ID.matcher(new String(dmn.readAllBytes(), StandardCharsets.UTF_8)).results()
                    .map(match -> match.group(1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows that matched in any evaluation so far. */
    public static Set<String> matchedRules() {
        return Set.copyOf(MATCHED_RULES);
    }

    private static InputStream open(String file) {
        return DecisionTables.class.getResourceAsStream("/processes/" + file);
    }

    private static DmnEngine engineRecordingMatchedRules() {
        DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration)
                DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionTableEvaluationListeners(List.of(event ->
                event.getMatchingRules().forEach(rule -> MATCHED_RULES.add(rule.getId()))));
        return configuration.buildEngine();
    }
}
