package vn.unioncare.tasks.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import vn.unioncare.organisation.OrgUnitView;
import vn.unioncare.tasks.DueState;
import vn.unioncare.tasks.PriorityBand;
import vn.unioncare.tasks.ProcessChoice;
import vn.unioncare.tasks.QueueFilterOptions;
import vn.unioncare.tasks.TaskFilter;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Free text always in sight; process, task, union, due state and priority folded away (and only built once the
 * officer unfolds them or a saved filter needs them: most visits to the queue never do, and each open queue costs
 * server memory per session). Tells its listener the whole {@link TaskFilter} whenever any part changes.
 */
class TaskFilterBar extends Composite<FlexLayout> {

    private static final int UNION_CHOICES = 50;

    private final transient QueueFilterOptions options;
    private final TextField text = new TextField();
    private final Details details = new Details();
    private MoreFields more;
    private transient Consumer<TaskFilter> listener = filter -> { };
    private boolean quiet;

    TaskFilterBar(QueueFilterOptions options) {
        this.options = options;
        text.setId("task-search");
        text.setPlaceholder(getTranslation("tasks.search.placeholder"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setMaxLength(TaskFilter.MAX_TEXT);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setMinWidth("14em");
        text.addValueChangeListener(e -> changed());

        details.setSummaryText(getTranslation("tasks.filter.more"));
        details.setId("filter-more");
        details.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                more();
            }
        });

        getContent().add(text, details);
        getContent().setFlexWrap(FlexLayout.FlexWrap.WRAP);
        getContent().setAlignItems(FlexLayout.Alignment.BASELINE);
        getContent().addClassName("uc-filter-bar");
    }

    void onChange(Consumer<TaskFilter> newListener) {
        this.listener = newListener;
    }

    TaskFilter value() {
        TaskFilter folded = more == null ? TaskFilter.none() : more.value();
        return new TaskFilter(folded.processKey(), folded.taskName(), folded.orgUnitId(), folded.dueState(),
                folded.priority(), text.getValue());
    }

    /** Shows a saved or linked filter; the listener hears of it once. */
    void show(TaskFilter filter) {
        quiet = true;
        try {
            text.setValue(Objects.requireNonNullElse(filter.text(), ""));
            boolean folded = filter.processKey() != null || filter.taskName() != null || filter.orgUnitId() != null
                    || filter.dueState() != null || filter.priority() != null;
            if (folded || more != null) {
                more().show(filter);
            }
        } finally {
            quiet = false;
        }
        changed();
    }

    private MoreFields more() {
        if (more == null) {
            more = new MoreFields();
            details.add(more.layout);
        }
        return more;
    }

    private void changed() {
        if (!quiet) {
            listener.accept(value());
        }
    }

    /** The folded-away fields, built on first use. */
    private final class MoreFields {

        private final ComboBox<ProcessChoice> process = new ComboBox<>();
        private final ComboBox<String> taskName = new ComboBox<>();
        private final ComboBox<OrgUnitView> union = new ComboBox<>();
        private final Select<DueState> due = new Select<>();
        private final Select<PriorityBand> priority = new Select<>();
        private final FlexLayout layout = new FlexLayout(process, taskName, union, due, priority);

        MoreFields() {
            process.setId("filter-process");
            process.setLabel(getTranslation("tasks.process"));
            process.setItems(options.processes());
            process.setItemLabelGenerator(ProcessChoice::name);
            process.setClearButtonVisible(true);
            process.addValueChangeListener(e -> {
                taskName.clear();
                taskName.setItems(e.getValue() == null ? List.of() : options.taskNames(e.getValue().key()));
            });

            taskName.setId("filter-task");
            taskName.setLabel(getTranslation("tasks.task"));
            taskName.setClearButtonVisible(true);

            union.setId("filter-union");
            union.setLabel(getTranslation("tasks.union"));
            union.setItems(query -> options.unions(query.getFilter().orElse(""), UNION_CHOICES).stream()
                    .skip(query.getOffset()).limit(query.getLimit()));
            union.setItemLabelGenerator(u -> u.name(getLocale()));
            union.setClearButtonVisible(true);

            anyOrOne(due, "filter-due", "tasks.dueState", DueState.values());
            anyOrOne(priority, "filter-priority", "tasks.priority", PriorityBand.values());

            layout.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            layout.addClassName("uc-filter-fields");
            taskName.addValueChangeListener(e -> changed());
            process.addValueChangeListener(e -> changed());
            union.addValueChangeListener(e -> changed());
            due.addValueChangeListener(e -> changed());
            priority.addValueChangeListener(e -> changed());
        }

        /** A choice of one value or "any", labelled {@code <labelKey>.<value>}. */
        @SafeVarargs
        private <E extends Enum<E>> void anyOrOne(Select<E> select, String id, String labelKey, E... values) {
            String any = getTranslation("tasks.filter.any");
            select.setId(id);
            select.setLabel(getTranslation(labelKey));
            select.setItems(values);
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(any);
            select.setItemLabelGenerator(value -> value == null ? any : getTranslation(labelKey + "." + value));
        }

        TaskFilter value() {
            return new TaskFilter(process.getValue() == null ? null : process.getValue().key(), taskName.getValue(),
                    union.getValue() == null ? null : union.getValue().id(), due.getValue(), priority.getValue(),
                    null);
        }

        void show(TaskFilter filter) {
            process.setValue(options.processes().stream().filter(p -> p.key().equals(filter.processKey()))
                    .findFirst().orElse(null));
            taskName.setValue(filter.taskName());
            union.setValue(filter.orgUnitId() == null ? null : options.unions("", UNION_CHOICES).stream()
                    .filter(u -> u.id() == filter.orgUnitId()).findFirst().orElse(null));
            due.setValue(filter.dueState());
            priority.setValue(filter.priority());
        }
    }
}
