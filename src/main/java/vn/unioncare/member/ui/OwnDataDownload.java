package vn.unioncare.member.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import vn.unioncare.common.RefusedException;
import vn.unioncare.member.MemberDataExport;

import java.io.ByteArrayInputStream;

/** The member portal's "download my data" link: the export is built (and audited) when the link is followed. */
final class OwnDataDownload {

    static final String FILE_NAME = "du-lieu-cua-toi.json";

    private OwnDataDownload() {
    }

    static Anchor link(MemberDataExport export) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                byte[] json = export.ownDataAsJson();
                return new DownloadResponse(new ByteArrayInputStream(json), FILE_NAME, "application/json", json.length);
            } catch (RefusedException e) {
                return DownloadResponse.error(e.status());
            }
        }), "");
        link.setText(link.getTranslation("member.downloadMyData"));
        link.setId("download-my-data");
        return link;
    }
}
