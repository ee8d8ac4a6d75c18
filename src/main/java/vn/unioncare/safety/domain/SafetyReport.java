package vn.unioncare.safety.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One workplace safety report: what happened, where and to how many, with the union chain of the workplace as it
 * stood at the report. An anonymous report names no reporter.
 */
@Entity
@Table(name = "safety_report")
public class SafetyReport {

    public static final String OPEN = "OPEN";
    public static final String CLOSED = "CLOSED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_number", nullable = false, unique = true)
    private String caseNumber;
    @Column(name = "process_instance_id", nullable = false, unique = true)
    private String processInstanceId;
    @Column(name = "grassroots_unit_id", nullable = false)
    private long grassrootsUnitId;
    @Column(name = "superior_unit_id")
    private Long superiorUnitId;
    @Column(name = "city_unit_id")
    private Long cityUnitId;
    @Column(name = "employer_name", nullable = false)
    private String employerName;
    @Column(name = "employer_tax_code")
    private String employerTaxCode;
    @Column(name = "employer_key", nullable = false)
    private String employerKey;
    @Column(name = "employer_search", nullable = false)
    private String employerSearch;
    @Column(nullable = false)
    private String place;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(name = "report_type", nullable = false)
    private String reportType;
    @Column(nullable = false)
    private int deaths;
    @Column(name = "seriously_injured", nullable = false)
    private int seriouslyInjured;
    @Column(name = "lightly_injured", nullable = false)
    private int lightlyInjured;
    @Column(name = "contract_type", nullable = false)
    private String contractType;
    @Column(nullable = false)
    private String description;
    @Column(name = "authorities_notified", nullable = false)
    private boolean authoritiesNotified;
    @Column(nullable = false)
    private boolean anonymous;
    @Column(name = "reported_by")
    private String reportedBy;
    private String severity;
    @Column(name = "investigation_due")
    private LocalDate investigationDue;
    @Column(nullable = false)
    private String outcome;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected SafetyReport() {
    }

    public SafetyReport(String caseNumber, String processInstanceId, Chain chain, Incident incident,
                        String reportedBy, Instant createdAt) {
        this.caseNumber = caseNumber;
        this.processInstanceId = processInstanceId;
        this.grassrootsUnitId = chain.grassrootsUnitId();
        this.superiorUnitId = chain.superiorUnitId();
        this.cityUnitId = chain.cityUnitId();
        this.employerName = incident.employerName();
        this.employerTaxCode = incident.employerTaxCode();
        this.employerKey = incident.employerKey();
        this.employerSearch = vn.unioncare.common.SearchText.fold(incident.employerName());
        this.place = incident.place();
        this.occurredAt = incident.occurredAt();
        this.reportType = incident.reportType();
        this.deaths = incident.deaths();
        this.seriouslyInjured = incident.seriouslyInjured();
        this.lightlyInjured = incident.lightlyInjured();
        this.contractType = incident.contractType();
        this.description = incident.description();
        this.authoritiesNotified = incident.authoritiesNotified();
        this.anonymous = reportedBy == null;
        this.reportedBy = reportedBy;
        this.outcome = OPEN;
        this.createdAt = createdAt;
    }

    /** The unions of the workplace: its grassroots union, the union directly above it (if any) and the city. */
    public record Chain(long grassrootsUnitId, Long superiorUnitId, Long cityUnitId) {
    }

    /** The facts of a report as submitted, already checked. */
    public record Incident(String employerName, String employerTaxCode, String employerKey, String place,
                           Instant occurredAt, String reportType, int deaths, int seriouslyInjured, int lightlyInjured,
                           String contractType, String description, boolean authoritiesNotified) {
    }

    public void classify(String severity, LocalDate investigationDue) {
        this.severity = severity;
        this.investigationDue = investigationDue;
    }

    public void close(Instant at) {
        if (closedAt == null) {
            this.outcome = CLOSED;
            this.closedAt = at;
        }
    }

    public Chain chain() {
        return new Chain(grassrootsUnitId, superiorUnitId, cityUnitId);
    }

    public Incident incident() {
        return new Incident(employerName, employerTaxCode, employerKey, place, occurredAt, reportType, deaths,
                seriouslyInjured, lightlyInjured, contractType, description, authoritiesNotified);
    }

    public Long getId() {
        return id;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public String getSeverity() {
        return severity;
    }

    public LocalDate getInvestigationDue() {
        return investigationDue;
    }

    public String getOutcome() {
        return outcome;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
