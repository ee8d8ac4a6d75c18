package vn.unioncare.hardship;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.unioncare.member.QueriedPersonalData;
import vn.unioncare.security.PersonalDataCipher;

/** A member's hardship requests for their own data export: what they asked for and what was decided. */
@Component
class MemberHardshipData extends QueriedPersonalData {

    MemberHardshipData(NamedParameterJdbcTemplate jdbc, PersonalDataCipher cipher) {
        super("hardshipRequests", jdbc, cipher, """
                select case_number, support_type, amount_requested, estimated_loss, payment_method, circumstances,
                       bank_name, bank_account, requested_by, proposed_amount, approved_amount, outcome,
                       decision_reason, decided_by, decided_at
                from hardship_request where member_id = :member order by id
                """, "circumstances", "bank_account");
    }
}
