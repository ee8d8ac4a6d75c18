package vn.unioncare.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.unioncare.casework.CaseStatus;
import vn.unioncare.casework.CaseSummary;

import java.time.Instant;

@Entity
@Table(name = "case_file")
public class CaseFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_number", nullable = false, unique = true)
    private String caseNumber;

    @Column(name = "process_key", nullable = false)
    private String processKey;

    @Column(name = "process_instance_id", nullable = false, unique = true)
    private String processInstanceId;

    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "org_unit_id")
    private Long orgUnitId;

    @Column(name = "started_by")
    private String startedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** Where the case stands in its process's words, e.g. {@code paid}; null for processes that name no stages. */
    @Column(name = "stage")
    private String stage;

    @Version
    private long version;

    protected CaseFile() {
    }

    public CaseFile(String caseNumber, String processKey, String processInstanceId, Long memberId, Long orgUnitId,
                    String startedBy) {
        this.caseNumber = caseNumber;
        this.processKey = processKey;
        this.processInstanceId = processInstanceId;
        this.memberId = memberId;
        this.orgUnitId = orgUnitId;
        this.startedBy = startedBy;
        this.status = CaseStatus.OPEN;
        this.createdAt = Instant.now();
    }

    public void enterStage(String stage) {
        this.stage = stage;
    }

    public void assignTo(long orgUnitId) {
        this.orgUnitId = orgUnitId;
    }

    public void close() {
        status = CaseStatus.CLOSED;
        closedAt = Instant.now();
    }

    public vn.unioncare.casework.CaseProgress toProgress() {
        return new vn.unioncare.casework.CaseProgress(caseNumber, processKey, status, stage, createdAt, closedAt);
    }

    public CaseSummary toSummary() {
        return new CaseSummary(id, caseNumber, processKey, processInstanceId, memberId, orgUnitId, startedBy, status,
                createdAt);
    }
}
