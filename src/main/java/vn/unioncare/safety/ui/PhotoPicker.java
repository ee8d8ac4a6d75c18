package vn.unioncare.safety.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import vn.unioncare.common.RefusedException;
import vn.unioncare.forms.UploadTexts;
import vn.unioncare.safety.AnonymousReports;
import vn.unioncare.safety.CleanPhoto;
import vn.unioncare.safety.PhotoSanitiser;
import vn.unioncare.safety.PhotoUpload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Up to {@link AnonymousReports#MAX_PHOTOS} photos for an anonymous report, held in this page's memory only: no
 * staging, no account. Each photo is stripped of its metadata as it arrives, so a refusal shows at once and the
 * original file (with its location) is not kept even in memory; the service checks it once more on submit.
 */
class PhotoPicker extends Div {

    private static final String[] PHOTO_TYPES = {"image/jpeg", "image/png", ".jpg", ".jpeg", ".png"};

    private final transient PhotoSanitiser sanitiser;
    private final Upload upload = new Upload();
    private final Div list = new Div();
    private final List<Photo> photos = new ArrayList<>();

    /** A photo as held until submit; the name is the uploaded one, shown only here. */
    private record Photo(String name, byte[] content) {
    }

    PhotoPicker(PhotoSanitiser sanitiser) {
        this.sanitiser = sanitiser;
        setId("report-photos");
        Span caption = new Span(getTranslation("safety.report.photos", AnonymousReports.MAX_PHOTOS));
        caption.addClassName("uc-form-files-label");
        upload.setId("upload-photos");
        upload.setWidthFull();
        upload.setMaxFiles(AnonymousReports.MAX_PHOTOS);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, sanitiser.maxBytes()));
        upload.setAcceptedFileTypes(PHOTO_TYPES);
        upload.setI18n(UploadTexts.of(this, sanitiser.maxBytes()));
        upload.setUploadHandler(this::receive);
        upload.addFileRejectedListener(rejected -> refuse(rejected.getFileName(), rejected.getErrorMessage()));
        list.setId("report-photo-list");
        add(caption, upload, list);
    }

    /** The photos for {@code AnonymousReports.submit}, in upload order. */
    List<PhotoUpload> uploads() {
        return photos.stream().map(photo -> (PhotoUpload) () -> new ByteArrayInputStream(photo.content())).toList();
    }

    /** Runs in the upload's request, outside the UI lock: the outcome is shown through {@link UI#access}. */
    private void receive(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        String name = event.getFileName();
        try (InputStream content = event.getInputStream()) {
            CleanPhoto clean = sanitiser.sanitise(content);
            ui.access(() -> add(new Photo(name, clean.content())));
        } catch (RefusedException refused) {
            ui.access(() -> refuse(name, getTranslation(refused.messageKey(), refused.arguments().toArray())));
        }
    }

    private void add(Photo photo) {
        upload.clearFileList();
        if (photos.size() >= AnonymousReports.MAX_PHOTOS) {
            refuse(photo.name(), getTranslation("safety.error.tooManyPhotos", AnonymousReports.MAX_PHOTOS));
            return;
        }
        photos.add(photo);
        show();
    }

    private void show() {
        list.removeAll();
        for (Photo photo : photos) {
            Button remove = new Button(getTranslation("forms.files.remove"), click -> {
                photos.remove(photo);
                show();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.getElement().setAttribute("aria-label", getTranslation("forms.files.removeNamed", photo.name()));
            Div row = new Div(new Span(photo.name()), remove);
            row.addClassName("uc-form-file");
            list.add(row);
        }
    }

    private void refuse(String name, String message) {
        upload.clearFileList();
        Refusal problem = new Refusal();
        problem.addClassName("uc-form-file-refused");
        problem.show("forms.files.refused", name, message);
        list.add(problem);
    }
}
