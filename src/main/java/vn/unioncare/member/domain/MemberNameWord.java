package vn.unioncare.member.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A row of {@code member_name_word} (V26): the folded name from one of its later words on, with the member's union. */
@Embeddable
public record MemberNameWord(@Column(name = "word_suffix", nullable = false) String suffix,
                             @Column(name = "org_unit_id", nullable = false) long orgUnitId) {
}
