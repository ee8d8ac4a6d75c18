package vn.unioncare.tasks.process;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import vn.unioncare.tasks.domain.OpenTaskTable;

import java.util.ArrayList;
import java.util.List;

/**
 * Adds the open-task read model's listener to every user task of every deployed process. Completion and deletion
 * listen as built-in listeners, which the engine runs even when a process instance is cancelled with custom
 * listeners skipped; creation listens both first (built-in) and last (after the model's own listeners, which may set
 * the due date). When the engine has started, the read model is reconciled with ACT_RU_TASK.
 */
@Component
class OpenTaskPlugin extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(OpenTaskPlugin.class);

    private final OpenTaskTable table;

    OpenTaskPlugin(@Lazy OpenTaskTable table) {
        this.table = table;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        TaskListener listener = new OpenTaskListener();
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior())
                        .getTaskDefinition();
                for (String event : List.of(TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_UPDATE,
                        TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_COMPLETE,
                        TaskListener.EVENTNAME_DELETE)) {
                    definition.addBuiltInTaskListener(event, listener);
                }
                definition.addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        try {
            table.reconcile();
        } catch (DataAccessException e) {
            // two nodes starting at once may both add the same missing row: the other node's repair stands
            LOG.warn("Open task read model not reconciled at start-up: {}", e.getMessage());
        }
    }
}
