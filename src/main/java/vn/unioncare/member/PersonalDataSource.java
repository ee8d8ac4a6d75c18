package vn.unioncare.member;

/**
 * A feature that holds data about members contributes it to a member's own data export (issue 9: a member can
 * download all data held about them). Implementations answer for the given member only, whoever asks: the export
 * has already checked that the member asks for themself.
 */
public interface PersonalDataSource {

    /** The name of the section in the export, e.g. {@code cases}. */
    String section();

    /** The data held about the member, as plain values, lists and maps (written as JSON). */
    Object heldAbout(long memberId);
}
