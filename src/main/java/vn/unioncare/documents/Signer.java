package vn.unioncare.documents;

/**
 * Who signs a document: e.g. "TM. Ban Chấp hành" on behalf of the executive committee (null when signing in one's
 * own name), the position "Chủ tịch" and the name "Trần Văn Bình". Both titles print in upper case.
 */
public record Signer(String onBehalfOf, String position, String name) {

    public Signer {
        onBehalfOf = onBehalfOf == null ? "" : onBehalfOf;
        Texts.requireText(position, "position");
        Texts.requireText(name, "name");
    }
}
