package vn.unioncare.tasks.ui;

import com.vaadin.flow.data.renderer.NativeButtonRenderer;
import com.vaadin.flow.function.SerializableFunction;
import vn.unioncare.tasks.TaskRow;

/**
 * The queue's "claim" / "give back" button in each row, drawn by the browser from a Lit template (a page of rows
 * costs the server no component per row), with the ids {@code claim-<task>} / {@code unclaim-<task>}.
 */
class ClaimToggleRenderer extends NativeButtonRenderer<TaskRow> {

    ClaimToggleRenderer(SerializableFunction<String, String> translate, ItemClickListener<TaskRow> toggle) {
        super(task -> translate.apply(task.assignee() == null ? "tasks.claim" : "tasks.unclaim"), toggle);
        withProperty("buttonId", ClaimToggleRenderer::buttonId);
    }

    @Override
    protected String getTemplateExpression() {
        return "<vaadin-button id=${item.buttonId} theme=\"small tertiary\" @click=${click} "
                + ".disabled=${item.disabled}>${item.label}</vaadin-button>";
    }

    static String buttonId(TaskRow task) {
        return (task.assignee() == null ? "claim-" : "unclaim-") + task.taskId();
    }
}
