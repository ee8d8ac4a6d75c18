package vn.unioncare.training.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import vn.unioncare.training.CourseDraft;
import vn.unioncare.training.CourseFormat;
import vn.unioncare.training.CourseTopic;
import vn.unioncare.training.CourseView;
import vn.unioncare.training.TrainingCatalogue;
import vn.unioncare.training.TrainingField;

/** Adds or edits a course; the service checks it and each problem shows next to its field. */
class CourseFormDialog extends TrainingFormDialog {

    private final transient TrainingCatalogue catalogue;
    private final transient CourseView editing;
    private final transient Runnable saved;
    private final ProblemMarks marks = new ProblemMarks(this);
    private final TextField title = marks.bind(TrainingField.TITLE, new TextField());
    private final Select<CourseTopic> topic = marks.bind(TrainingField.TOPIC, new Select<>());
    private final Select<CourseFormat> format = marks.bind(TrainingField.FORMAT, new Select<>());
    private final IntegerField hours = marks.bind(TrainingField.HOURS, new IntegerField());
    private final TextField prerequisites = marks.bind(TrainingField.PREREQUISITES, new TextField());
    private final TextArea description = marks.bind(TrainingField.DESCRIPTION, new TextArea());
    private final Checkbox active = new Checkbox();

    CourseFormDialog(TrainingCatalogue catalogue, CourseView editing, Runnable saved) {
        this.catalogue = catalogue;
        this.editing = editing;
        this.saved = saved;
        setHeaderTitle(editing == null ? getTranslation("training.course.addTitle")
                : getTranslation("training.course.editTitle", editing.title()));
        setWidth("min(100%, 40em)");
        topic.setItems(CourseTopic.values());
        topic.setItemLabelGenerator(t -> getTranslation("training.topic." + t.name()));
        format.setItems(CourseFormat.values());
        format.setItemLabelGenerator(f -> getTranslation("training.format." + f.name()));
        FormLayout form = new FormLayout();
        labelled(form, TrainingField.TITLE, title, "course-title");
        labelled(form, TrainingField.TOPIC, topic, "course-topic");
        labelled(form, TrainingField.FORMAT, format, "course-format");
        labelled(form, TrainingField.HOURS, hours, "course-hours");
        labelled(form, TrainingField.PREREQUISITES, prerequisites, "course-prerequisites");
        labelled(form, TrainingField.DESCRIPTION, description, "course-description");
        active.setLabel(getTranslation("training.course.active"));
        active.setId("course-active");
        form.add(active);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        fill();
        add(form);
        saveAndCancel("course-save");
    }

    private void fill() {
        active.setValue(true);
        if (editing == null) {
            return;
        }
        title.setValue(editing.title());
        topic.setValue(editing.topic());
        format.setValue(editing.format());
        hours.setValue(editing.hours());
        prerequisites.setValue(editing.prerequisites() == null ? "" : editing.prerequisites());
        description.setValue(editing.description() == null ? "" : editing.description());
        active.setValue(editing.active());
    }

    @Override
    void save() {
        CourseDraft draft = new CourseDraft(title.getValue(), topic.getValue(), format.getValue(), hours.getValue(),
                prerequisites.getValue(), description.getValue(), active.getValue());
        saving(() -> {
            if (editing == null) {
                catalogue.createCourse(draft);
            } else {
                catalogue.updateCourse(editing.id(), draft);
            }
        }, invalid -> marks.show(invalid.problems()).forEach(p -> TrainingTexts.error(marks.text(p))), saved);
    }
}
