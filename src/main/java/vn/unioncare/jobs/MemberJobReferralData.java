package vn.unioncare.jobs;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.unioncare.member.QueriedPersonalData;
import vn.unioncare.security.PersonalDataCipher;

/**
 * A member's job referral profiles (the reason for leaving decrypted) and the vacancies they were referred to, for their
 * own data export.
 */
@Component
class MemberJobReferralData extends QueriedPersonalData {

    MemberJobReferralData(NamedParameterJdbcTemplate jdbc, PersonalDataCipher cipher) {
        super("jobReferrals", jdbc, cipher, """
                select r.case_number, r.employment_status, r.reason_encrypted as reason_for_leaving, r.trade, r.skills,
                       r.desired_occupation, r.location,
                       r.expected_salary, r.available_from, r.digital_skills, r.consent, r.status, r.hired_employer,
                       r.hired_on, r.created_at, r.closed_at, v.title as vacancy, p.referred_at, p.profile_sent,
                       p.interviewed, p.hired
                from job_referral r
                left join job_referral_placement p on p.referral_id = r.id
                left join vacancy v on v.id = p.vacancy_id
                where r.member_id = :member order by r.created_at, r.id, p.round
                """, "reason_for_leaving");
    }
}
