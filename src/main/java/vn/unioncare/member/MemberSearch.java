package vn.unioncare.member;

/**
 * A member search: {@code text} with a digit matches the start of a card number or a whole phone number (stored
 * encrypted, found by its keyed hash: an encrypted value has no prefix to search), any other
 * {@code text} the start of any word of the name with diacritics and case ignored (names starting with it listed
 * first); {@code orgUnitId} narrows to one unit's subtree.
 */
public record MemberSearch(String text, Long orgUnitId, MemberStatus status) {

    public static MemberSearch byText(String text) {
        return new MemberSearch(text, null, null);
    }
}
