package vn.unioncare.casework;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What is deployed in the engine: the latest version of every process, decision and form. */
@Service
public class ProcessCatalogue {

    private final RepositoryService repository;

    public ProcessCatalogue(RepositoryService repository) {
        this.repository = repository;
    }

    @PreAuthorize("hasRole('ADMIN') or hasRole('DESIGNER')")
    public List<DeployedDefinition> latestDefinitions() {
        List<DeployedDefinition> result = new ArrayList<>();
        var processes = repository.createProcessDefinitionQuery().latestVersion().list();
        var decisions = repository.createDecisionDefinitionQuery().latestVersion().list();
        Set<String> deploymentIds = Stream.concat(processes.stream().map(p -> p.getDeploymentId()),
                decisions.stream().map(d -> d.getDeploymentId())).collect(Collectors.toSet());
        Map<String, Deployment> deployments = deploymentIds.stream()
                .map(id -> repository.createDeploymentQuery().deploymentId(id).singleResult())
                .collect(Collectors.toMap(Deployment::getId, Function.identity()));
        processes.forEach(p -> result.add(definition(DeployedDefinition.Kind.PROCESS, p.getKey(), p.getName(), p.getVersion(),
                p.getResourceName(), deployments.get(p.getDeploymentId()))));
        decisions.forEach(d -> result.add(definition(DeployedDefinition.Kind.DECISION, d.getKey(), d.getName(), d.getVersion(),
                d.getResourceName(), deployments.get(d.getDeploymentId()))));
        result.sort(Comparator.comparing(DeployedDefinition::kind).thenComparing(DeployedDefinition::key));
        return result;
    }

    private static DeployedDefinition definition(DeployedDefinition.Kind kind, String key, String name, int version,
                                                 String resource, Deployment deployment) {
        return new DeployedDefinition(kind, key, name == null ? key : name, version, resource,
                deployment == null ? "" : deployment.getName(),
                deployment == null || deployment.getDeploymentTime() == null ? null : deployment.getDeploymentTime().toInstant());
    }
}
