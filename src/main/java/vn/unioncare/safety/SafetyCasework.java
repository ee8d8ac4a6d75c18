package vn.unioncare.safety;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.common.SearchText;
import vn.unioncare.notification.Happening;
import vn.unioncare.notification.NotificationKind;
import vn.unioncare.notification.Notifier;
import vn.unioncare.organisation.OrgLevel;
import vn.unioncare.organisation.OrgUnitView;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.organisation.UnionLevels;
import vn.unioncare.safety.domain.SafetyReport;
import vn.unioncare.safety.domain.SafetyReportRepository;
import vn.unioncare.security.CandidateGroup;
import vn.unioncare.security.OfficerRole;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the safety process does to its reports, step by step; the process delegates call it, in the engine's
 * transaction. Routing follows the workplace's union chain as it stood at the report.
 */
@Service
@Transactional
public class SafetyCasework {

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The third incident at an employer within a quarter alerts the union above the workplace. */
    static final int REPEATED_INCIDENTS = 3;
    private static final Set<String> REPORT_TYPES = Set.of("hazard", "near-miss", "accident");
    private static final Set<String> CONTRACT_TYPES = Set.of("labour-contract", "none");
    private static final int MAX_PEOPLE = 10_000;

    private final SafetyReportRepository reports;
    private final OrganisationService organisation;
    private final Notifier notifier;
    private final Clock clock;

    public SafetyCasework(SafetyReportRepository reports, OrganisationService organisation, Notifier notifier,
                          Clock clock) {
        this.reports = reports;
        this.organisation = organisation;
        this.notifier = notifier;
        this.clock = clock;
    }

    /**
     * Records a new report with the union chain of its workplace; tells the workplace's chair and, at the third
     * incident at the same employer in a quarter, the union above. Idempotent: a retried start finds its record.
     *
     * @param reportedBy the account that reported; null for an anonymous report
     * @return the grassroots union of the workplace
     */
    public OrgUnitView intake(String caseNumber, String processInstanceId, IncidentReport report, String reportedBy) {
        OrgUnitView workplace = workplaceUnion(report.workplaceUnionCode());
        Optional<SafetyReport> recorded = reports.findByCaseNumber(caseNumber);
        if (recorded.isPresent()) {
            return workplace;
        }
        check(report);
        SafetyReport saved = reports.save(new SafetyReport(caseNumber, processInstanceId,
                chainOf(workplace.id(), LocalDate.now(clock.withZone(HANOI))), incidentOf(report), reportedBy,
                clock.instant()));
        notifier.notifyGroups(Happening.aboutCase(NotificationKind.SAFETY_REPORTED, caseNumber, report.employerName()),
                List.of(group(workplace, OfficerRole.CHAIR)));
        alertOnRepeatedIncidents(saved, report);
        return workplace;
    }

    /** Where the case goes: the union leading at {@code leadLevel} by the workplace's chain, and who else acts. */
    @Transactional(readOnly = true)
    public SafetyRoute route(String caseNumber, OrgLevel leadLevel) {
        SafetyReport.Chain chain = require(caseNumber).chain();
        OrgUnitView lead = organisation.getById(unitAt(chain, leadLevel));
        OrgUnitView grassroots = organisation.getById(chain.grassrootsUnitId());
        OrgUnitView city = organisation.getById(unitAt(chain, OrgLevel.CITY));
        return new SafetyRoute(group(lead, leadRole(lead.level())), lead.nameVi(), group(grassroots, OfficerRole.CHAIR),
                group(city, OfficerRole.SAFETY));
    }

    /** The union that leads the case at a level, by the workplace's chain. */
    @Transactional(readOnly = true)
    public OrgUnitView unitLeading(String caseNumber, OrgLevel leadLevel) {
        return organisation.getById(unitAt(require(caseNumber).chain(), leadLevel));
    }

    public void classify(String caseNumber, String severity, LocalDate investigationDue) {
        require(caseNumber).classify(severity, investigationDue);
    }

    /** The serious accident's notice to the authorities is not confirmed 4 hours on: the union above and the city. */
    public void escalateNotice(String caseNumber) {
        SafetyReport report = require(caseNumber);
        notifier.notifyGroups(Happening.aboutCase(NotificationKind.SAFETY_NOTICE_OVERDUE, caseNumber,
                report.incident().employerName()), escalationGroups(report.chain()));
    }

    /** The legal investigation deadline passed without a record: the union above and the city. */
    public void escalateInvestigation(String caseNumber) {
        SafetyReport report = require(caseNumber);
        notifier.notifyGroups(Happening.aboutCase(NotificationKind.SAFETY_INVESTIGATION_OVERDUE, caseNumber,
                report.incident().employerName(), String.valueOf(report.getInvestigationDue())),
                escalationGroups(report.chain()));
    }

    public void close(String caseNumber) {
        reports.findByCaseNumber(caseNumber).ifPresent(report -> report.close(clock.instant()));
    }

    @Transactional(readOnly = true)
    public Optional<SafetyReport> find(String caseNumber) {
        return reports.findByCaseNumber(caseNumber);
    }

    private void alertOnRepeatedIncidents(SafetyReport saved, IncidentReport report) {
        if ("hazard".equals(report.reportType()) || saved.chain().superiorUnitId() == null
                && saved.chain().cityUnitId() == null) {
            return;
        }
        Quarter quarter = Quarter.of(report.occurredAt());
        long incidents = reports.countIncidentsAtEmployer(saved.incident().employerKey(), quarter.start(),
                quarter.end());
        if (incidents >= REPEATED_INCIDENTS) {
            OrgUnitView above = organisation.getById(unitAt(saved.chain(), OrgLevel.DIRECT_SUPERIOR));
            notifier.notifyGroups(new Happening(NotificationKind.SAFETY_REPEATED_INCIDENTS,
                            "safety:repeated:" + saved.incident().employerKey() + ":" + quarter.label(),
                            "cases/" + saved.getCaseNumber(),
                            List.of(saved.getCaseNumber(), report.employerName(), String.valueOf(incidents),
                                    quarter.label())),
                    List.of(group(above, leadRole(above.level())), group(above, OfficerRole.CHAIR)));
        }
    }

    private List<String> escalationGroups(SafetyReport.Chain chain) {
        OrgUnitView above = organisation.getById(unitAt(chain, OrgLevel.DIRECT_SUPERIOR));
        OrgUnitView city = organisation.getById(unitAt(chain, OrgLevel.CITY));
        return List.of(group(above, leadRole(above.level())), group(above, OfficerRole.CHAIR),
                group(city, OfficerRole.SAFETY));
    }

    /** Grassroots chairs lead at their level; above it, the union's safety officers do. */
    private static OfficerRole leadRole(OrgLevel level) {
        return level == OrgLevel.GRASSROOTS || level == OrgLevel.UNION_GROUP ? OfficerRole.CHAIR : OfficerRole.SAFETY;
    }

    private static String group(OrgUnitView unit, OfficerRole role) {
        return new CandidateGroup(unit.code(), role).id();
    }

    /** A missing direct-superior union passes its part to the city; a missing city leaves it with the grassroots. */
    private static long unitAt(SafetyReport.Chain chain, OrgLevel level) {
        return switch (level) {
            case GRASSROOTS, UNION_GROUP -> chain.grassrootsUnitId();
            case DIRECT_SUPERIOR -> chain.superiorUnitId() != null ? chain.superiorUnitId()
                    : chain.cityUnitId() != null ? chain.cityUnitId() : chain.grassrootsUnitId();
            case CITY -> chain.cityUnitId() != null ? chain.cityUnitId() : chain.grassrootsUnitId();
        };
    }

    private OrgUnitView workplaceUnion(String code) {
        return Optional.ofNullable(code).map(String::strip).flatMap(organisation::findByCode)
                .filter(u -> u.level() == OrgLevel.GRASSROOTS)
                .orElseThrow(() -> new SafetyException("safety.error.unknownUnion", 400, String.valueOf(code)));
    }

    private SafetyReport.Chain chainOf(long grassrootsUnitId, LocalDate asOf) {
        UnionLevels levels = organisation.levelsAsOf(grassrootsUnitId, asOf);
        return new SafetyReport.Chain(levels.grassrootsUnitId(), levels.directSuperiorUnitId(), levels.cityUnitId());
    }

    /** The checks a report gets however it came in (the forms check the same, field by field, before). */
    private void check(IncidentReport report) {
        if (!REPORT_TYPES.contains(report.reportType())) {
            throw new SafetyException("safety.error.reportType", 400, String.valueOf(report.reportType()));
        }
        if (!CONTRACT_TYPES.contains(report.contractType())) {
            throw new SafetyException("safety.error.contractType", 400, String.valueOf(report.contractType()));
        }
        for (int count : new int[] {report.deaths(), report.seriouslyInjured(), report.lightlyInjured()}) {
            if (count < 0 || count > MAX_PEOPLE) {
                throw new SafetyException("safety.error.count", 400, String.valueOf(count));
            }
        }
        if (report.occurredAt() == null || report.occurredAt().isAfter(clock.instant().plus(IncidentTime.SKEW))) {
            throw new SafetyException("safety.error.occurredInFuture", 400, String.valueOf(report.occurredAt()));
        }
        if (isBlank(report.employerName()) || isBlank(report.place()) || isBlank(report.description())) {
            throw new SafetyException("safety.error.incomplete", 400, "employer, place, description");
        }
    }

    private static SafetyReport.Incident incidentOf(IncidentReport report) {
        String taxCode = isBlank(report.employerTaxCode()) ? null : report.employerTaxCode().strip();
        String key = taxCode != null ? "mst:" + taxCode : "ten:" + SearchText.fold(report.employerName());
        return new SafetyReport.Incident(report.employerName().strip(), taxCode,
                key.length() > 300 ? key.substring(0, 300) : key, report.place().strip(), report.occurredAt(),
                report.reportType(), report.deaths(), report.seriouslyInjured(), report.lightlyInjured(),
                report.contractType(), report.description().strip(), report.authoritiesNotified());
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private SafetyReport require(String caseNumber) {
        return reports.findByCaseNumber(caseNumber)
                .orElseThrow(() -> new IllegalStateException("No safety report for case " + caseNumber));
    }
}
