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
 * Free text always in sight; process, task, union, due state and priority folded away on a phone.
 * Tells its listener the whole {@link TaskFilter} whenever any part changes.
 */
class TaskFilterBar extends Composite<FlexLayout> {

    private static final int UNION_CHOICES = 50;

    private final transient QueueFilterOptions options;
    private final TextField text = new TextField();
    private final ComboBox<ProcessChoice> process = new ComboBox<>();
    private final ComboBox<String> taskName = new ComboBox<>();
    private final ComboBox<OrgUnitView> union = new ComboBox<>();
    private final Select<DueState> due = new Select<>();
    private final Select<PriorityBand> priority = new Select<>();
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

        due.setId("filter-due");
        due.setLabel(getTranslation("tasks.dueState"));
        due.setItems(DueState.values());
        due.setEmptySelectionAllowed(true);
        due.setEmptySelectionCaption(getTranslation("tasks.filter.any"));
        due.setItemLabelGenerator(d -> d == null ? getTranslation("tasks.filter.any") : getTranslation("tasks.dueState." + d));

        priority.setId("filter-priority");
        priority.setLabel(getTranslation("tasks.priority"));
        priority.setItems(PriorityBand.values());
        priority.setEmptySelectionAllowed(true);
        priority.setEmptySelectionCaption(getTranslation("tasks.filter.any"));
        priority.setItemLabelGenerator(p -> p == null ? getTranslation("tasks.filter.any") : getTranslation("tasks.priority." + p));

        FlexLayout more = new FlexLayout(process, taskName, union, due, priority);
        more.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        more.addClassName("uc-filter-fields");
        Details details = new Details(getTranslation("tasks.filter.more"), more);
        details.setId("filter-more");

        getContent().add(text, details);
        getContent().setFlexWrap(FlexLayout.FlexWrap.WRAP);
        getContent().setAlignItems(FlexLayout.Alignment.BASELINE);
        getContent().addClassName("uc-filter-bar");
        text.addValueChangeListener(e -> changed());
        taskName.addValueChangeListener(e -> changed());
        process.addValueChangeListener(e -> changed());
        union.addValueChangeListener(e -> changed());
        due.addValueChangeListener(e -> changed());
        priority.addValueChangeListener(e -> changed());
    }

    void onChange(Consumer<TaskFilter> newListener) {
        this.listener = newListener;
    }

    TaskFilter value() {
        return new TaskFilter(process.getValue() == null ? null : process.getValue().key(), taskName.getValue(),
                union.getValue() == null ? null : union.getValue().id(), due.getValue(), priority.getValue(),
                text.getValue());
    }

    /** Shows a saved or linked filter; the listener hears of it once. */
    void show(TaskFilter filter) {
        quiet = true;
        try {
            text.setValue(Objects.requireNonNullElse(filter.text(), ""));
            process.setValue(options.processes().stream().filter(p -> p.key().equals(filter.processKey()))
                    .findFirst().orElse(null));
            taskName.setValue(filter.taskName());
            union.setValue(filter.orgUnitId() == null ? null : options.unions("", UNION_CHOICES).stream()
                    .filter(u -> u.id() == filter.orgUnitId()).findFirst().orElse(null));
            due.setValue(filter.dueState());
            priority.setValue(filter.priority());
        } finally {
            quiet = false;
        }
        changed();
    }

    private void changed() {
        if (!quiet) {
            listener.accept(value());
        }
    }
}
