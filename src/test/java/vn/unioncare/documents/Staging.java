package vn.unioncare.documents;

import vn.unioncare.SignedIn;
import vn.unioncare.forms.FileAccept;
import vn.unioncare.forms.StagedFile;
import vn.unioncare.security.UserAccountService;

import java.io.ByteArrayInputStream;

/** Stages a file as a user would through a form's file field. */
public final class Staging {

    public static final FileAccept PDF_OR_IMAGE = FileAccept.of(".pdf,.jpg,.jpeg,.png");

    private Staging() {
    }

    public static StagedFile stageAs(StagedUploads staged, UserAccountService accounts, String username,
                                     String filename, byte[] content) {
        try (SignedIn ignored = SignedIn.as(accounts, username)) {
            return staged.stage(filename, new ByteArrayInputStream(content), PDF_OR_IMAGE);
        }
    }
}
