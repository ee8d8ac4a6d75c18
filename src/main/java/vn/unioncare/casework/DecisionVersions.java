package vn.unioncare.casework;

import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Component;

/**
 * The latest deployed version of a decision table, which a process pins when a case starts: a running case keeps the
 * rules it started with when a designer deploys new ones ({@code camunda:decisionRefBinding="version"}).
 */
@Component
public class DecisionVersions {

    private final RepositoryService repository;

    public DecisionVersions(RepositoryService repository) {
        this.repository = repository;
    }

    public int latest(String decisionKey) {
        var latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey).latestVersion()
                .singleResult();
        if (latest == null) {
            throw new IllegalStateException("The decision table " + decisionKey + " is not deployed");
        }
        return latest.getVersion();
    }
}
