package vn.unioncare.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import vn.unioncare.casework.FactLines;
import vn.unioncare.common.RefusedException;
import vn.unioncare.training.CohortView;
import vn.unioncare.training.EnrollmentView;
import vn.unioncare.training.Enrollments;

/** The enrollment of a training case: cohort, status and, while it can still be cancelled, the cancel button. */
class EnrollmentPanel extends FactLines {

    EnrollmentPanel(Enrollments enrollments, EnrollmentView enrollment, CohortView cohort) {
        setId("training-enrollment");
        addClassName("uc-case-section");
        add(new H3(getTranslation("training.case.title")));
        if (cohort != null) {
            fact("training-cohort", "training.case.cohort", cohort.courseTitle() + " – " + cohort.orgUnitName());
        }
        fact("training-status", "training.case.status", getTranslation("training.enrollment." + enrollment.status()));
        if (enrollments.cancellable(enrollment.caseNumber())) {
            Button cancel = new Button(getTranslation("training.case.cancel"));
            cancel.setId("training-cancel");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            cancel.addClickListener(e -> new ConfirmDialog(getTranslation("training.case.cancel"),
                    getTranslation("training.case.cancelConfirm"), getTranslation("training.case.cancel"), confirmed -> {
                try {
                    enrollments.cancel(enrollment.caseNumber());
                    cancel.setEnabled(false);
                    Notification.show(getTranslation("training.case.cancelled"));
                } catch (RefusedException refused) {
                    Refusals.show(this, refused);
                }
            }).open());
            add(cancel);
        }
    }
}
