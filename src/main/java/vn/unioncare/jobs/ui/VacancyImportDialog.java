package vn.unioncare.jobs.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import vn.unioncare.common.RefusedException;
import vn.unioncare.forms.UploadTexts;
import vn.unioncare.jobs.ImportProblem;
import vn.unioncare.jobs.ImportReport;
import vn.unioncare.jobs.VacancyImport;
import vn.unioncare.organisation.OrgUnitView;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Imports vacancies from a CSV file. The whole file is imported or nothing: the outcome is either "n vacancies
 * imported" or the list of problems row by row.
 */
class VacancyImportDialog extends Dialog {

    private static final long MEGABYTE = 1024L * 1024L;

    private final transient VacancyImport vacancyImport;
    private final transient Runnable imported;
    private final ComboBox<OrgUnitView> owner = new ComboBox<>();
    private final Upload upload = new Upload();
    private final Span outcome = new Span();
    private final Grid<ImportProblem> problems = new Grid<>();

    VacancyImportDialog(VacancyImport vacancyImport, List<OrgUnitView> units, Runnable imported) {
        this.vacancyImport = vacancyImport;
        this.imported = imported;
        setHeaderTitle(getTranslation("jobs.import.title"));
        setWidth("min(100%, 56em)");
        owner.setId("vacancy-import-owner");
        owner.setLabel(getTranslation("jobs.field.OWNING_UNIT"));
        owner.setItems(units);
        owner.setItemLabelGenerator(u -> u.name(getLocale()));
        owner.setVisible(units.size() > 1);
        if (!units.isEmpty()) {
            owner.setValue(units.get(0));
        }
        upload.setId("vacancy-import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, vacancyImport.maxBytes()));
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setI18n(UploadTexts.of(this, vacancyImport.maxBytes()));
        upload.setUploadHandler(this::receive);
        upload.addFileRejectedListener(rejected -> show(rejected.getErrorMessage(), List.of()));
        outcome.setId("vacancy-import-outcome");
        problems.setId("vacancy-import-problems");
        problems.addColumn(ImportProblem::row).setHeader(getTranslation("jobs.import.row")).setAutoWidth(true);
        problems.addColumn(p -> p.column() == null ? "–" : p.column()).setHeader(getTranslation("jobs.import.column"))
                .setAutoWidth(true);
        problems.addColumn(p -> getTranslation(p.messageKey(), p.arguments().toArray()))
                .setHeader(getTranslation("jobs.import.message")).setFlexGrow(1);
        problems.setVisible(false);
        add(owner, new Paragraph(getTranslation("jobs.import.hint", vacancyImport.maxRows(),
                Math.max(1, vacancyImport.maxBytes() / MEGABYTE))), upload, outcome, problems);
        getFooter().add(new Button(getTranslation("jobs.import.close"), e -> close()));
    }

    /** Runs in the upload's request, outside the UI lock: the outcome is shown through {@link UI#access}. */
    private void receive(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        Long unit = owner.getValue() == null ? null : owner.getValue().id();
        try (InputStream content = event.getInputStream()) {
            ImportReport report = vacancyImport.importCsv(content, unit);
            ui.access(() -> show(report));
        } catch (RefusedException refused) {
            ui.access(() -> show(getTranslation(refused.messageKey(), refused.arguments().toArray()), List.of()));
        }
    }

    private void show(ImportReport report) {
        if (report.succeeded()) {
            show(getTranslation("jobs.import.done", report.imported(), report.employersCreated()), List.of());
            imported.run();
        } else {
            show(getTranslation("jobs.import.failed", report.problems().size()), report.problems());
        }
    }

    private void show(String message, List<ImportProblem> found) {
        upload.clearFileList();
        outcome.setText(message);
        problems.setItems(found);
        problems.setVisible(!found.isEmpty());
    }
}
