package vn.unioncare.casework.diagram;

import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CancelEventDefinition;
import org.camunda.bpm.model.bpmn.instance.CompensateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ConditionalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EscalationEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.LinkEventDefinition;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.SignalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.TerminateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The symbol inside an event circle for its (first) event definition, drawn for a 36 × 36 event and scaled to the
 * shape. Throwing events get filled symbols, catching events outlined ones, as in BPMN.
 */
final class EventMarkers {

    private static final double STANDARD_SIZE = 36;

    private static final Map<Class<? extends EventDefinition>, BiConsumer<Svg, Paint>> SYMBOLS = Map.of(
            MessageEventDefinition.class, EventMarkers::envelope,
            TimerEventDefinition.class, (svg, symbol) -> clock(svg, symbol.stroke()),
            ErrorEventDefinition.class, (svg, symbol) -> outline(svg, symbol,
                    new double[] {10, 27, 14.5, 12, 20, 20.5, 25.5, 9, 21.5, 24, 16, 15.5}),
            EscalationEventDefinition.class, (svg, symbol) -> outline(svg, symbol,
                    new double[] {18, 9, 25, 27, 18, 20, 11, 27}),
            SignalEventDefinition.class, (svg, symbol) -> outline(svg, symbol, new double[] {18, 8, 27, 25, 9, 25}),
            ConditionalEventDefinition.class, EventMarkers::conditions,
            TerminateEventDefinition.class, (svg, symbol) ->
                    svg.circle(new Point(18, 18), 10).paint(symbol.solid()).empty(),
            CompensateEventDefinition.class, (svg, symbol) -> {
                outline(svg, symbol, new double[] {9, 18, 17, 12, 17, 24});
                outline(svg, symbol, new double[] {17, 18, 25, 12, 25, 24});
            },
            LinkEventDefinition.class, (svg, symbol) -> outline(svg, symbol,
                    new double[] {10, 15, 20, 15, 20, 11, 27, 18, 20, 25, 20, 21, 10, 21}),
            CancelEventDefinition.class, (svg, symbol) ->
                    svg.path("M11 11L25 25M25 11L11 25").paint(symbol.withWidth(4)).empty());

    private EventMarkers() {
    }

    static void draw(Svg svg, BaseElement event, Box box, Paint outline, boolean throwing) {
        EventDefinition definition = event.getChildElementsByType(EventDefinition.class).stream().findFirst()
                .orElse(null);
        if (definition == null) {
            return;
        }
        SYMBOLS.entrySet().stream().filter(symbol -> symbol.getKey().isInstance(definition)).findFirst()
                .ifPresent(symbol -> {
                    double scale = Math.min(box.width(), box.height()) / STANDARD_SIZE;
                    svg.openAt(new Point(box.centerX() - 18 * scale, box.centerY() - 18 * scale), scale);
                    Paint line = new Paint(outline.stroke(), outline.fill(), 1.5, null);
                    symbol.getValue().accept(svg, throwing ? line.solid() : line);
                    svg.close("g");
                });
    }

    private static void outline(Svg svg, Paint symbol, double[] coordinates) {
        List<Point> corners = new ArrayList<>();
        for (int i = 0; i + 1 < coordinates.length; i += 2) {
            corners.add(new Point(coordinates[i], coordinates[i + 1]));
        }
        svg.polygon(corners).paint(symbol).attr("stroke-linejoin", "round").empty();
    }

    private static void envelope(Svg svg, Paint symbol) {
        boolean filled = symbol.fill().equals(symbol.stroke());
        svg.rect(new Box(9, 12, 18, 12), 0).paint(symbol).empty();
        svg.path("M9 12L18 19L27 12").attr("fill", Paint.NONE)
                .attr("stroke", filled ? Paint.PAPER : symbol.stroke()).attr("stroke-width", 1.2).empty();
    }

    /** A clock face with twelve ticks; timers are never thrown, so it is always outlined. */
    private static void clock(Svg svg, String ink) {
        svg.circle(new Point(18, 18), 10.5).paint(new Paint(ink, Paint.PAPER, 2, null)).empty();
        PathData ticks = new PathData();
        for (int hour = 0; hour < 12; hour++) {
            double angle = Math.PI * hour / 6;
            ticks.move(18 + 8 * Math.sin(angle), 18 - 8 * Math.cos(angle))
                    .line(18 + 10 * Math.sin(angle), 18 - 10 * Math.cos(angle));
        }
        svg.path(ticks).attr("stroke", ink).attr("stroke-width", 1).empty();
        svg.path("M18 18L18 10.5M18 18L23.5 15").attr("stroke", ink).attr("stroke-width", 1.5)
                .attr("fill", Paint.NONE).empty();
    }

    private static void conditions(Svg svg, Paint symbol) {
        Paint sheet = new Paint(symbol.stroke(), Paint.PAPER, 1.5, null);
        svg.rect(new Box(11, 10, 14, 16), 0).paint(sheet).empty();
        svg.path("M13.5 14H22.5M13.5 18H22.5M13.5 22H22.5").paint(sheet).empty();
    }
}
