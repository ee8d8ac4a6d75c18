package vn.unioncare.tasks;

/**
 * What an officer narrows a queue to; every part is optional. {@code text} matches a case number prefix or a
 * member's name, diacritics ignored.
 */
public record TaskFilter(String processKey, String taskName, Long orgUnitId, DueState dueState, PriorityBand priority,
                         String text) {

    public static final int MAX_TEXT = 100;

    public static TaskFilter none() {
        return new TaskFilter(null, null, null, null, null, null);
    }

    public static TaskFilter text(String text) {
        return none().withText(text);
    }

    public TaskFilter withText(String newText) {
        return new TaskFilter(processKey, taskName, orgUnitId, dueState, priority, newText);
    }

    public TaskFilter {
        processKey = blankToNull(processKey);
        taskName = blankToNull(taskName);
        text = blankToNull(text);
        if (text != null && text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
