package vn.unioncare.tasks.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import vn.unioncare.tasks.domain.OpenTaskTable;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Keeps the open-task read model in step with the engine, on the connection of the engine's command: the row
 * commits and rolls back together with the task.
 */
class OpenTaskListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Connection connection = Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection();
        try {
            switch (task.getEventName()) {
                case EVENTNAME_COMPLETE, EVENTNAME_DELETE -> OpenTaskTable.remove(connection, task.getId());
                default -> OpenTaskTable.save(connection, task.getId(), task.getProcessInstanceId(), task.getDueDate(),
                        task.getCreateTime());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("open task read model not written for task " + task.getId(), e);
        }
    }
}
