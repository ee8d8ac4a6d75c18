package vn.unioncare.casework;

/**
 * Which cases a list shows, always within what the signed-in user may see: one member's ({@code memberId}), one
 * process's, one status; {@code text} a case number prefix or a member's name (diacritics ignored);
 * {@code onlyMine} the signed-in user's own requests (about them or started by them). {@code null} means any.
 */
public record CaseFilter(Long memberId, String processKey, CaseStatus status, String text, boolean onlyMine) {

    public static CaseFilter all() {
        return new CaseFilter(null, null, null, null, false);
    }

    public static CaseFilter mine() {
        return new CaseFilter(null, null, null, null, true);
    }

    public static CaseFilter ofMember(long memberId) {
        return new CaseFilter(memberId, null, null, null, false);
    }
}
