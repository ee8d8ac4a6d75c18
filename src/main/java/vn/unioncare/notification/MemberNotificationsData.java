package vn.unioncare.notification;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.unioncare.member.PersonalDataRows;
import vn.unioncare.member.PersonalDataSource;

/** The notifications addressed to a member's account, for their own data export. */
@Component
class MemberNotificationsData implements PersonalDataSource {

    private final NamedParameterJdbcTemplate jdbc;

    MemberNotificationsData(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "notifications";
    }

    @Override
    public Object heldAbout(long memberId) {
        return PersonalDataRows.of(jdbc, """
                select n.kind, n.message, n.link, n.created_at, n.read_at
                from notification n join app_user u on u.username = n.recipient
                where u.member_id = :member order by n.created_at, n.id
                """, memberId);
    }
}
