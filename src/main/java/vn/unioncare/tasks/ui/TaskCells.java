package vn.unioncare.tasks.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import vn.unioncare.tasks.TaskRow;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.BiFunction;

/** How the task lists show times, due dates (overdue marked) and people, the same in every list. */
final class TaskCells {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(HANOI);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(HANOI);

    private final BiFunction<String, Object[], String> translate;
    private final Clock clock;

    TaskCells(BiFunction<String, Object[], String> translate, Clock clock) {
        this.translate = translate;
        this.clock = clock;
    }

    String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    String union(TaskRow row, Locale locale) {
        String name = row.unionName(locale);
        return name == null ? "" : name;
    }

    String person(String username) {
        return username == null ? "" : username;
    }

    boolean overdue(TaskRow row) {
        return row.due() != null && row.due().isBefore(clock.instant());
    }

    Component due(TaskRow row) {
        Span due = new Span(date(row.due()));
        if (overdue(row)) {
            due.setText(date(row.due()) + " — " + translate.apply("supervision.overdue", new Object[0]));
            due.getElement().getThemeList().add("badge error");
        }
        return due;
    }
}
