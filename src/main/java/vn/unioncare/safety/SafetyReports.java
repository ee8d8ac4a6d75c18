package vn.unioncare.safety;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.casework.CaseAccess;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.safety.domain.SafetyReport;
import vn.unioncare.safety.domain.SafetyReportRepository;

import java.util.Optional;

/** Reads safety reports for the people who may see their cases (the case page). */
@Service
@Transactional(readOnly = true)
public class SafetyReports {

    private final SafetyReportRepository reports;
    private final CaseAccess caseAccess;
    private final OrganisationService organisation;

    public SafetyReports(SafetyReportRepository reports, CaseAccess caseAccess, OrganisationService organisation) {
        this.reports = reports;
        this.caseAccess = caseAccess;
        this.organisation = organisation;
    }

    /**
     * The report of a case the signed-in user may see; refused with 404 like a nonexistent case otherwise, and
     * empty for a visible case that is no safety report (yet: the intake runs as the process starts).
     */
    public Optional<SafetyReportView> forCase(String caseNumber) {
        caseAccess.require(caseNumber);
        return reports.findByCaseNumber(caseNumber).map(this::view);
    }

    private SafetyReportView view(SafetyReport report) {
        SafetyReport.Incident incident = report.incident();
        String union = organisation.findById(report.chain().grassrootsUnitId()).map(u -> u.nameVi()).orElse(null);
        return new SafetyReportView(report.getCaseNumber(), union, incident.employerName(), incident.employerTaxCode(),
                incident.place(), incident.occurredAt(), incident.reportType(), incident.deaths(),
                incident.seriouslyInjured(), incident.lightlyInjured(), incident.contractType(),
                incident.description(), incident.authoritiesNotified(), report.isAnonymous(), report.getReportedBy(),
                report.getSeverity(), report.getInvestigationDue(), report.getCreatedAt(), report.getClosedAt());
    }
}
