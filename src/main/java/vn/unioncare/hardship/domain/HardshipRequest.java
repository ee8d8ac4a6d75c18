package vn.unioncare.hardship.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.unioncare.hardship.HardshipOutcome;

import java.time.Instant;

/**
 * One request for hardship support. Circumstances, bank account and review notes are stored encrypted; the union
 * chain is the hierarchy as it stood when the case started.
 */
@Entity
@Table(name = "hardship_request")
public class HardshipRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_number", nullable = false, unique = true)
    private String caseNumber;
    @Column(name = "process_instance_id", nullable = false, unique = true)
    private String processInstanceId;
    @Column(name = "member_id", nullable = false)
    private long memberId;
    @Column(name = "support_type", nullable = false)
    private String supportType;
    @Column(name = "amount_requested", nullable = false)
    private long amountRequested;
    @Column(name = "estimated_loss")
    private Long estimatedLoss;
    @Column(name = "payment_method", nullable = false)
    private String paymentMethod;
    @Column(name = "circumstances")
    private String circumstancesEncrypted;
    @Column(name = "bank_account")
    private String bankAccountEncrypted;
    @Column(name = "bank_name")
    private String bankName;
    @Column(name = "requested_by")
    private String requestedBy;
    @Column(name = "grassroots_unit_id", nullable = false)
    private long grassrootsUnitId;
    @Column(name = "superior_unit_id")
    private Long superiorUnitId;
    @Column(name = "city_unit_id")
    private Long cityUnitId;
    @Column(name = "approval_level")
    private String approvalLevel;
    @Column(name = "approval_cap")
    private Long approvalCap;
    @Column(name = "proposed_amount")
    private Long proposedAmount;
    @Column(name = "review_notes")
    private String reviewNotesEncrypted;
    @Column(name = "approved_amount")
    private Long approvedAmount;
    @Column(name = "paying_unit_id")
    private Long payingUnitId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HardshipOutcome outcome;
    @Column(name = "decision_reason")
    private String decisionReason;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "payment_reference")
    private String paymentReference;
    @Column(name = "paid_at")
    private Instant paidAt;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected HardshipRequest() {
    }

    public HardshipRequest(String caseNumber, String processInstanceId, long memberId, String supportType,
                           long amountRequested, Long estimatedLoss, String paymentMethod, String requestedBy,
                           UnionChain chain, Instant createdAt) {
        this.caseNumber = caseNumber;
        this.processInstanceId = processInstanceId;
        this.memberId = memberId;
        this.supportType = supportType;
        this.amountRequested = amountRequested;
        this.estimatedLoss = estimatedLoss;
        this.paymentMethod = paymentMethod;
        this.requestedBy = requestedBy;
        this.grassrootsUnitId = chain.grassrootsUnitId();
        this.superiorUnitId = chain.superiorUnitId();
        this.cityUnitId = chain.cityUnitId();
        this.outcome = HardshipOutcome.SUBMITTED;
        this.createdAt = createdAt;
    }

    public void protect(String circumstancesEncrypted, String bankName, String bankAccountEncrypted) {
        this.circumstancesEncrypted = circumstancesEncrypted;
        this.bankName = bankName;
        this.bankAccountEncrypted = bankAccountEncrypted;
    }

    public void recordReview(long proposedAmount, String reviewNotesEncrypted) {
        this.proposedAmount = proposedAmount;
        this.reviewNotesEncrypted = reviewNotesEncrypted;
    }

    public void recordApprovalRule(String level, long cap) {
        this.approvalLevel = level;
        this.approvalCap = cap;
    }

    public void approve(long amount, long payingUnitId, String by, Instant at) {
        this.approvedAmount = amount;
        this.payingUnitId = payingUnitId;
        this.outcome = HardshipOutcome.APPROVED;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public void pay(String method, String reference, Instant at) {
        this.paymentMethod = method;
        this.paymentReference = reference;
        this.outcome = HardshipOutcome.PAID;
        this.paidAt = at;
    }

    public void reject(String reason, String by, Instant at) {
        this.outcome = HardshipOutcome.REJECTED;
        this.decisionReason = reason;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public void withdraw(Instant at) {
        this.outcome = HardshipOutcome.WITHDRAWN;
        this.decidedAt = at;
    }

    public UnionChain chain() {
        return new UnionChain(grassrootsUnitId, superiorUnitId, cityUnitId);
    }

    public Long getId() { return id; }
    public String getCaseNumber() { return caseNumber; }
    public String getProcessInstanceId() { return processInstanceId; }
    public long getMemberId() { return memberId; }
    public String getSupportType() { return supportType; }
    public long getAmountRequested() { return amountRequested; }
    public Long getEstimatedLoss() { return estimatedLoss; }
    public String getPaymentMethod() { return paymentMethod; }
    public String getCircumstancesEncrypted() { return circumstancesEncrypted; }
    public String getBankAccountEncrypted() { return bankAccountEncrypted; }
    public String getBankName() { return bankName; }
    public String getRequestedBy() { return requestedBy; }
    public String getApprovalLevel() { return approvalLevel; }
    public Long getApprovalCap() { return approvalCap; }
    public Long getProposedAmount() { return proposedAmount; }
    public String getReviewNotesEncrypted() { return reviewNotesEncrypted; }
    public Long getApprovedAmount() { return approvedAmount; }
    public Long getPayingUnitId() { return payingUnitId; }
    public HardshipOutcome getOutcome() { return outcome; }
    public String getDecisionReason() { return decisionReason; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getPaymentReference() { return paymentReference; }
    public Instant getPaidAt() { return paidAt; }
    public Instant getCreatedAt() { return createdAt; }
}
