package vn.unioncare.jobs.process;

import org.camunda.bpm.engine.delegate.VariableScope;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import static vn.unioncare.common.Values.asLong;
import static vn.unioncare.common.Values.asText;

/** Names of the job-referral process's variables, and reading the ones forms submit as text. */
final class JobReferralVariables {

    static final String COUNSELLOR_GROUP = "counsellorGroup";
    static final String REFERRAL_COUNT = "referralCount";
    static final String CHANNEL_RULE_VERSION = "channelRuleVersion";
    static final String OPEN_VACANCIES = "openVacancies";
    static final String CHANNEL = "channel";
    static final String VACANCY_OPTIONS = "vacancyOptions";
    static final String VACANCY_ID = "vacancyId";
    static final String REFERRED_VACANCIES = "referredVacancies";
    static final String OUTCOME = "outcome";
    static final String INTERVIEWED_VACANCIES = "interviewedVacancies";
    static final String HIRED_VACANCY = "hiredVacancy";
    static final String HIRED_BY = "hiredBy";
    static final String START_DATE = "startDate";
    static final String CHECK_IN_DAY = "checkInDay";
    static final String STILL_EMPLOYED = "stillEmployed";
    static final String MATCHING_LIMIT = "limit";

    /** The profile fields of the start form. */
    static final String EMPLOYMENT_STATUS = "employmentStatus";
    static final String REASON_FOR_LEAVING = "reasonForLeaving";
    static final String UI_STATUS = "uiStatus";
    static final String TRADE = "trade";
    static final String SKILLS = "skills";
    static final String DESIRED_OCCUPATION = "desiredOccupation";
    static final String LOCATION = "location";
    static final String EXPECTED_SALARY = "expectedSalary";
    static final String AVAILABLE_FROM = "availableFrom";
    static final String DIGITAL_SKILLS = "digitalSkills";
    static final String CONSENT = "consentToShare";

    private JobReferralVariables() {
    }

    static String text(VariableScope scope, String name) {
        return asText(scope.getVariable(name));
    }

    static Long number(VariableScope scope, String name) {
        return asLong(scope.getVariable(name));
    }

    static LocalDate date(VariableScope scope, String name) {
        String text = text(scope, name);
        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip().substring(0, 10));
    }

    /** The ids of a checklist or select of vacancies (submitted as text). */
    static List<Long> ids(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Collection<?> items) {
            return items.stream().map(item -> asLong(item)).filter(id -> id != null).toList();
        }
        Long single = asLong(value);
        return single == null ? List.of() : List.of(single);
    }
}
