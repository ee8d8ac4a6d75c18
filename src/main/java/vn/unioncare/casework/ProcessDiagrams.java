package vn.unioncare.casework;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Service;
import vn.unioncare.casework.diagram.ActivityStates;
import vn.unioncare.casework.diagram.BpmnSvgRenderer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The process diagram of a case, with the steps it waits in, has done, and where the engine hit an incident. */
@Service
public class ProcessDiagrams {

    private static final int CACHED_DEFINITIONS = 64;

    private final CaseAccess access;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final BpmnSvgRenderer renderer = new BpmnSvgRenderer();
    /**
     * Parsed models by process definition id (a deployed definition never changes). Each is this service's own copy,
     * used under its lock: the model API's DOM is not safe to read from several threads at once.
     */
    private final Map<String, BpmnModelInstance> models = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, BpmnModelInstance> eldest) {
            return size() > CACHED_DEFINITIONS;
        }
    };

    /**
     * A case's process diagram as SVG markup (generated here with every name escaped, so it may be inlined), and the
     * names of the steps the case waits in now, as the text alternative for those who cannot see the colours.
     */
    public record ProcessDiagram(String svg, List<String> currentSteps) {

        public ProcessDiagram {
            currentSteps = List.copyOf(currentSteps);
        }
    }

    public ProcessDiagrams(CaseAccess access, RepositoryService repository, RuntimeService runtime,
                           HistoryService history) {
        this.access = access;
        this.repository = repository;
        this.runtime = runtime;
        this.history = history;
    }

    /**
     * The diagram of the case with this number, if the signed-in user may see the case (else "not found or no
     * access", 404) and its process has a diagram.
     */
    public Optional<ProcessDiagram> forCase(String caseNumber) {
        String instanceId = access.require(caseNumber).processInstanceId();
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery().processInstanceId(instanceId)
                .singleResult();
        if (instance == null) {
            return Optional.empty();
        }
        Set<String> active = active(instanceId);
        ActivityStates states = new ActivityStates(active, completed(instanceId), incidents(instanceId));
        BpmnModelInstance model = model(instance.getProcessDefinitionId());
        synchronized (model) {
            return renderer.render(model, states).map(svg -> new ProcessDiagram(svg, names(model, active)));
        }
    }

    private Set<String> active(String instanceId) {
        boolean running = runtime.createProcessInstanceQuery().processInstanceId(instanceId).count() > 0;
        return running ? activityIds(runtime.getActiveActivityIds(instanceId)) : Set.of();
    }

    /** Steps that finished; a step cut short (say, by a boundary timer) was not completed. */
    private Set<String> completed(String instanceId) {
        return activityIds(history.createHistoricActivityInstanceQuery().processInstanceId(instanceId).finished()
                .list().stream().filter(step -> !step.isCanceled()).map(HistoricActivityInstance::getActivityId)
                .toList());
    }

    private Set<String> incidents(String instanceId) {
        return activityIds(runtime.createIncidentQuery().processInstanceId(instanceId).list().stream()
                .map(Incident::getActivityId).toList());
    }

    /** BPMN ids as the model knows them: the engine names a multi-instance body {@code Task_X#multiInstanceBody}. */
    private static Set<String> activityIds(Collection<String> engineIds) {
        return engineIds.stream().filter(Objects::nonNull)
                .map(id -> id.contains("#") ? id.substring(0, id.indexOf('#')) : id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static List<String> names(BpmnModelInstance model, Set<String> activityIds) {
        return activityIds.stream().map(id -> {
            ModelElementInstance step = model.getModelElementById(id);
            String name = step == null ? null : step.getAttributeValue("name");
            return name == null || name.isBlank() ? id : name.strip();
        }).distinct().toList();
    }

    private BpmnModelInstance model(String definitionId) {
        synchronized (models) {
            return models.computeIfAbsent(definitionId, this::parse);
        }
    }

    private BpmnModelInstance parse(String definitionId) {
        try (InputStream xml = repository.getProcessModel(definitionId)) {
            return Bpmn.readModelFromStream(xml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
