package vn.unioncare.training;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.unioncare.member.QueriedPersonalData;
import vn.unioncare.security.PersonalDataCipher;

/** A member's training enrollments (course, dates, status, score, attendance, certificate) for their data export. */
@Component
class MemberTrainingData extends QueriedPersonalData {

    MemberTrainingData(NamedParameterJdbcTemplate jdbc, PersonalDataCipher cipher) {
        super("trainingEnrollments", jdbc, cipher, """
                select e.case_number, c.title as course, h.first_session, h.last_session, e.status, e.requested_at,
                       e.decided_at, e.test_score,
                       (select count(*) from training_attendance a where a.enrollment_id = e.id and a.present)
                           as sessions_attended,
                       (select max(t.verification_code) from training_certificate t where t.case_number = e.case_number
                           and t.member_id = e.member_id and t.revoked_at is null) as certificate_code,
                       (select max(t.completed_on) from training_certificate t where t.case_number = e.case_number
                           and t.member_id = e.member_id) as certificate_completed_on
                from training_enrollment e
                join training_cohort h on h.id = e.cohort_id
                join training_course c on c.id = h.course_id
                where e.member_id = :member order by e.requested_at, e.id
                """);
    }
}
