package vn.unioncare.casework;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.unioncare.member.QueriedPersonalData;
import vn.unioncare.security.PersonalDataCipher;

/** The documents filed for a member's cases, for their own data export: names, kinds and dates, not the files. */
@Component
class MemberCaseDocumentsData extends QueriedPersonalData {

    MemberCaseDocumentsData(NamedParameterJdbcTemplate jdbc, PersonalDataCipher cipher) {
        super("caseDocuments", jdbc, cipher, """
                select f.case_number, d.filename, d.kind, d.media_type, d.size_bytes, d.created_at, d.created_by
                from case_file f join stored_document d on d.owner_key = concat('case:', f.case_number)
                where f.member_id = :member order by f.created_at, d.created_at, d.id
                """);
    }
}
