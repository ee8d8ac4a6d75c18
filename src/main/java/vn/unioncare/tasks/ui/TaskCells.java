package vn.unioncare.tasks.ui;

import com.vaadin.flow.data.renderer.LitRenderer;
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

    /** A link to the row's case, or nothing for a task without one; a Lit template, not a component per row. */
    static LitRenderer<TaskRow> caseLink() {
        return LitRenderer.<TaskRow>of(
                        "${item.caseNumber ? html`<a href=\"cases/${item.caseNumber}\">${item.caseNumber}</a>` : ''}")
                .withProperty("caseNumber", TaskRow::caseNumber);
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

    /** The due date, followed by "overdue" once it has passed. */
    String dueText(TaskRow row) {
        return row.due() == null ? "" : date(row.due())
                + (overdue(row) ? " — " + translate.apply("supervision.overdue", new Object[0]) : "");
    }
}
