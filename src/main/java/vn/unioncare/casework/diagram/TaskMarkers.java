package vn.unioncare.casework.diagram;

import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;

import java.util.Map;
import java.util.function.BiConsumer;

/** The small icon in a task's top left corner that tells its type, drawn in an 18 × 18 box. */
final class TaskMarkers {

    private static final double INSET = 6;

    private static final Map<Class<? extends BaseElement>, BiConsumer<Svg, Paint>> ICONS = Map.of(
            UserTask.class, TaskMarkers::user,
            ServiceTask.class, TaskMarkers::gear,
            SendTask.class, (svg, line) -> envelope(svg, line.withFill(line.stroke()), line.fill()),
            ReceiveTask.class, (svg, line) -> envelope(svg, line, line.stroke()),
            BusinessRuleTask.class, TaskMarkers::table,
            ScriptTask.class, TaskMarkers::script);

    private TaskMarkers() {
    }

    static void draw(Svg svg, BaseElement task, Box box, Paint outline) {
        ICONS.entrySet().stream().filter(icon -> icon.getKey().isInstance(task)).findFirst().ifPresent(icon -> {
            svg.openAt(new Point(box.x() + INSET, box.y() + INSET));
            icon.getValue().accept(svg, new Paint(outline.stroke(), outline.fill(), 1, null));
            svg.close("g");
        });
    }

    private static void user(Svg svg, Paint line) {
        svg.path("M1 18C1 12 4 10 9 10C14 10 17 12 17 18Z").paint(line).empty();
        svg.circle(new Point(9, 5), 4).paint(line).empty();
    }

    /** A gear: a thick dashed ring gives the teeth. */
    private static void gear(Svg svg, Paint line) {
        svg.circle(new Point(9, 9), 6.5).paint(line.withWidth(3.5).dashed("2.55 2.55")).empty();
        svg.circle(new Point(9, 9), 5).paint(line.withWidth(1.2)).empty();
        svg.circle(new Point(9, 9), 2).paint(line.withWidth(1.2)).empty();
    }

    private static void table(Svg svg, Paint line) {
        svg.rect(new Box(1, 3, 16, 12), 0).paint(line).empty();
        svg.rect(new Box(1, 3, 16, 3.5), 0).paint(line.withFill(line.stroke())).empty();
        svg.path("M1 10.5H17M5.5 6.5V15").paint(line).empty();
    }

    private static void script(Svg svg, Paint line) {
        svg.path("M4 1H15C12 4 12 7 14 9.5S16 15 13 17H2C5 14 5 12 3 9.5S1 4 4 1Z").paint(line).empty();
        svg.path("M5 5H12M6 9.5H13M5 13.5H12").paint(line).empty();
    }

    private static void envelope(Svg svg, Paint body, String flap) {
        svg.rect(new Box(1, 4, 16, 11), 0).paint(body).empty();
        svg.path("M1 4L9 10L17 4").attr("fill", Paint.NONE).attr("stroke", flap).attr("stroke-width", 1).empty();
    }
}
