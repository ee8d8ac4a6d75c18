package vn.unioncare.member;

/**
 * A member search: {@code text} matches the start of a card number, a whole phone number (stored encrypted, found by
 * its keyed hash), or the start of any word of
 * the name with diacritics and case ignored; {@code orgUnitId} narrows to one unit's subtree.
 */
public record MemberSearch(String text, Long orgUnitId, MemberStatus status) {

    public static MemberSearch byText(String text) {
        return new MemberSearch(text, null, null);
    }
}
