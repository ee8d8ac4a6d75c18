package vn.unioncare.hardship;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.unioncare.member.PersonalDataRows;
import vn.unioncare.member.PersonalDataSource;
import vn.unioncare.security.PersonalDataCipher;

/** A member's hardship requests for their own data export: what they asked for and what was decided. */
@Component
class MemberHardshipData implements PersonalDataSource {

    private final NamedParameterJdbcTemplate jdbc;
    private final PersonalDataCipher cipher;

    MemberHardshipData(NamedParameterJdbcTemplate jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    public String section() {
        return "hardshipRequests";
    }

    @Override
    public Object heldAbout(long memberId) {
        return PersonalDataRows.of(jdbc, """
                select case_number, support_type, amount_requested, estimated_loss, payment_method, circumstances,
                       bank_name, bank_account, requested_by, proposed_amount, approved_amount, outcome, decision_reason, decided_by, decided_at
                from hardship_request where member_id = :member order by id
                """, memberId, cipher, "circumstances", "bank_account");
    }
}
