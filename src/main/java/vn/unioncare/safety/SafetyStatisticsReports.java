package vn.unioncare.safety;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.casework.FigureCsv;
import vn.unioncare.casework.FigureFormat;
import vn.unioncare.casework.FigurePdf;
import vn.unioncare.casework.FigureTable;
import vn.unioncare.documents.DocumentStore;
import vn.unioncare.documents.StoredDocument;
import vn.unioncare.notification.Happening;
import vn.unioncare.notification.NotificationKind;
import vn.unioncare.notification.Notifier;
import vn.unioncare.organisation.OrgLevel;
import vn.unioncare.organisation.OrgUnitView;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.security.AccessScope;
import vn.unioncare.security.CandidateGroup;
import vn.unioncare.security.CurrentUser;
import vn.unioncare.security.OfficerRole;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The periodic occupational accident statistics: for the city federation and for each union directly above
 * grassroots, a PDF report and a CSV file of the incidents per union below, filed under
 * {@link #ownerKey(String) safety-statistics:<unit code>}, and a notice to the union's safety officers. Produced by
 * the timer-started {@code safety-statistics} process; a retried job files and notifies nothing twice.
 */
@Service
@Transactional
public class SafetyStatisticsReports {

    static final String OWNER_PREFIX = "safety-statistics:";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final int PAGE = 200;

    private final SafetyFigures figures;
    private final FigureFormat format;
    private final FigurePdf pdf;
    private final FigureCsv csv;
    private final DocumentStore documents;
    private final OrganisationService organisation;
    private final Notifier notifier;
    private final CurrentUser currentUser;
    private final Clock clock;

    public SafetyStatisticsReports(SafetyFigures figures, FigureFormat format, FigurePdf pdf, FigureCsv csv,
                                   DocumentStore documents, OrganisationService organisation, Notifier notifier,
                                   CurrentUser currentUser, Clock clock) {
        this.figures = figures;
        this.format = format;
        this.pdf = pdf;
        this.csv = csv;
        this.documents = documents;
        this.organisation = organisation;
        this.notifier = notifier;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The city federation the statistics are sent to: the root at city level. */
    @Transactional(readOnly = true)
    public OrgUnitView city() {
        return organisation.roots().stream().filter(u -> u.level() == OrgLevel.CITY).findFirst()
                .orElseThrow(() -> new IllegalStateException("no city federation"));
    }

    /** The report of the period for the city and for every active union directly above grassroots below it. */
    public List<String> produceAll(ReportingPeriod period) {
        List<String> produced = new ArrayList<>();
        for (OrgUnitView unit : reportingUnits()) {
            produce(unit, period);
            produced.add(unit.code());
        }
        return produced;
    }

    /** One union's PDF and CSV of the period, filed once, and the notice to its safety officers. */
    public void produce(OrgUnitView unit, ReportingPeriod period) {
        String periodName = format.text(period.labelKey(), VIETNAMESE, String.valueOf(period.year()));
        String title = format.text("safety.statistics.title", VIETNAMESE, periodName);
        List<String> preamble = List.of(format.text("safety.statistics.unit", VIETNAMESE, unit.nameVi()),
                format.text("supervision.dashboard.periodLine", VIETNAMESE, format.period(period.days(), VIETNAMESE)),
                format.text("supervision.dashboard.generatedAt", VIETNAMESE, format.dateTime(clock.instant())));
        List<FigureTable> tables = List.of(figures.severityByUnion(unit.id(), period.days(), VIETNAMESE),
                figures.casualtiesByUnion(unit.id(), period.days(), VIETNAMESE),
                figures.byTypeAndSeverity(unit.id(), period.days(), VIETNAMESE));
        String name = "thong-ke-tnld-" + unit.code() + "-" + period.code();
        String key = ownerKey(unit.code()) + ":" + period.code();
        documents.storeGenerated(ownerKey(unit.code()), name + ".pdf", "application/pdf",
                pdf.write(title, preamble, tables, VIETNAMESE), key + ":pdf");
        List<String> csvPreamble = new ArrayList<>();
        csvPreamble.add(title);
        csvPreamble.addAll(preamble);
        documents.storeGenerated(ownerKey(unit.code()), name + ".csv", "text/csv",
                csv.write(csvPreamble, tables, VIETNAMESE), key + ":csv");
        notifier.notifyGroups(new Happening(NotificationKind.SAFETY_STATISTICS_READY, key, SafetyRegisterRoute.PATH,
                List.of(periodName)), List.of(new CandidateGroup(unit.code(), OfficerRole.SAFETY).id()));
    }

    /** Where a union's statistics files are kept. */
    public static String ownerKey(String unitCode) {
        return OWNER_PREFIX + unitCode;
    }

    /** The reporting unions whose files the signed-in officer may download: the city sees all, a union its own. */
    @Transactional(readOnly = true)
    public List<OrgUnitView> unitsWithFiles() {
        AccessScope scope = currentUser.scope();
        return reportingUnits().stream().filter(u -> scope.all() || scope.unitIds().contains(u.id())
                || scope.subtreeRootIds().stream().anyMatch(root -> organisation.isInSubtree(root, u.id()))).toList();
    }

    /** A page of a reporting union's files, newest first; another union's are refused as nonexistent. */
    @Transactional(readOnly = true)
    public List<StoredDocument> files(long unitId, int offset, int limit) {
        return documents.list(ownerKey(visibleUnit(unitId).code()), offset, limit);
    }

    @Transactional(readOnly = true)
    public long countFiles(long unitId) {
        return documents.count(ownerKey(visibleUnit(unitId).code()));
    }

    /** A file's content for download; the caller closes the stream. */
    @Transactional(readOnly = true)
    public InputStream open(long unitId, long documentId) {
        StoredDocument document = documents.find(documentId, ownerKey(visibleUnit(unitId).code()))
                .orElseThrow(() -> new SafetyException("error.notFoundOrNoAccess", 404, String.valueOf(documentId)));
        return documents.open(document);
    }

    private OrgUnitView visibleUnit(long unitId) {
        return unitsWithFiles().stream().filter(u -> u.id() == unitId).findFirst()
                .orElseThrow(() -> new SafetyException("error.notFoundOrNoAccess", 404, String.valueOf(unitId)));
    }

    private List<OrgUnitView> reportingUnits() {
        OrgUnitView city = city();
        List<OrgUnitView> units = new ArrayList<>(List.of(city));
        long children = organisation.countChildren(city.id());
        for (int page = 0; (long) page * PAGE < children; page++) {
            organisation.children(city.id(), PageRequest.of(page, PAGE)).stream()
                    .filter(u -> u.active() && u.level() == OrgLevel.DIRECT_SUPERIOR).forEach(units::add);
        }
        return units;
    }
}
