package vn.unioncare.notification;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.unioncare.member.QueriedPersonalData;
import vn.unioncare.security.PersonalDataCipher;

/** The notifications addressed to a member's account, for their own data export. */
@Component
class MemberNotificationsData extends QueriedPersonalData {

    MemberNotificationsData(NamedParameterJdbcTemplate jdbc, PersonalDataCipher cipher) {
        super("notifications", jdbc, cipher, """
                select n.kind, n.message, n.link, n.created_at, n.read_at
                from notification n join app_user u on u.username = n.recipient
                where u.member_id = :member order by n.created_at, n.id
                """);
    }
}
