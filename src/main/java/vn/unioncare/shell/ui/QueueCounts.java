package vn.unioncare.shell.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.QueryParameters;
import vn.unioncare.tasks.Queue;
import vn.unioncare.tasks.TaskQueues;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiFunction;

/** "My tasks (n)" and "Our union's tasks (m)" under the task list in the navigation, counted on every navigation. */
final class QueueCounts {

    private final TaskQueues queues;
    private final Map<Queue, Span> badges = new EnumMap<>(Queue.class);

    QueueCounts(TaskQueues queues, SideNavItem tasks, BiFunction<String, Object[], String> translate) {
        this.queues = queues;
        tasks.setExpanded(true);
        for (Queue queue : Queue.values()) {
            SideNavItem item = new SideNavItem(translate.apply("nav.queue." + queue, new Object[0]), tasks.getPath());
            item.setQueryParameters(QueryParameters.of("queue", queue.name().toLowerCase(java.util.Locale.ROOT)));
            Span badge = new Span();
            badge.getElement().getThemeList().add("badge pill small");
            badge.setId("nav-count-" + queue.name().toLowerCase(java.util.Locale.ROOT));
            item.setSuffixComponent(badge);
            badges.put(queue, badge);
            tasks.addItem(item);
        }
    }

    void refresh() {
        badges.forEach((queue, badge) -> badge.setText(String.valueOf(queues.count(queue))));
    }
}
