package vn.unioncare.safety.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import vn.unioncare.safety.IncidentReport;
import vn.unioncare.safety.IncidentTime;

import static vn.unioncare.common.Values.asLong;
import static vn.unioncare.common.Values.asText;

/** The variables of the safety process: the keys of the {@code safety-report} form and what the steps add. */
final class SafetyVariables {

    static final String WORKPLACE_UNION = "workplaceUnion";
    static final String EMPLOYER_NAME = "employerName";
    static final String EMPLOYER_TAX_CODE = "employerTaxCode";
    static final String PLACE = "place";
    static final String OCCURRED_AT = "occurredAt";
    static final String REPORT_TYPE = "reportType";
    static final String DEATHS = "deaths";
    static final String SERIOUSLY_INJURED = "seriouslyInjured";
    static final String LIGHTLY_INJURED = "lightlyInjured";
    static final String CONTRACT_TYPE = "contractType";
    /** Personal data: kept in UnionCare's table, never as a process variable. */
    static final String DESCRIPTION = "description";
    static final String AUTHORITIES_NOTIFIED = "authoritiesNotified";
    static final String ANONYMOUS = "anonymous";
    static final String SEVERITY_RULE_VERSION = "severityRuleVersion";
    static final String SEVERITY = "severity";
    static final String INVESTIGATION_DAYS = "investigationDays";
    static final String LEAD_LEVEL = "leadLevel";
    static final String LEAD_GROUP = "leadGroup";
    static final String LEAD_UNION = "leadUnionName";
    static final String GRASSROOTS_CHAIR_GROUP = "grassrootsChairGroup";
    static final String CITY_SAFETY_GROUP = "citySafetyGroup";
    static final String INVESTIGATION_DUE = "investigationDue";

    private SafetyVariables() {
    }

    static IncidentReport report(DelegateExecution execution) {
        return new IncidentReport(asText(execution.getVariable(WORKPLACE_UNION)),
                asText(execution.getVariable(EMPLOYER_NAME)), asText(execution.getVariable(EMPLOYER_TAX_CODE)),
                asText(execution.getVariable(PLACE)),
                IncidentTime.parse(execution.getVariable(OCCURRED_AT)).orElse(null),
                asText(execution.getVariable(REPORT_TYPE)), count(execution, DEATHS),
                count(execution, SERIOUSLY_INJURED), count(execution, LIGHTLY_INJURED),
                contractType(execution), asText(execution.getVariable(DESCRIPTION)),
                Boolean.TRUE.equals(execution.getVariable(AUTHORITIES_NOTIFIED)));
    }

    /** Hazards and near misses injure nobody; a missing count is zero. */
    static int count(DelegateExecution execution, String name) {
        Long value = asLong(execution.getVariable(name));
        return value == null ? 0 : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }

    static String contractType(DelegateExecution execution) {
        String type = asText(execution.getVariable(CONTRACT_TYPE));
        return type == null ? "labour-contract" : type;
    }
}
