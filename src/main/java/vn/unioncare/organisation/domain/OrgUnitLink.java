package vn.unioncare.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** One effective-dated parent link. A link is closed, never rewritten. */
@Entity
@Table(name = "org_unit_link")
public class OrgUnitLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "child_id", nullable = false)
    private Long childId;

    @Column(name = "parent_id", nullable = false)
    private Long parentId;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    private String reason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected OrgUnitLink() {
    }

    public OrgUnitLink(Long childId, Long parentId, LocalDate validFrom, String reason) {
        this.childId = childId;
        this.parentId = parentId;
        this.validFrom = validFrom;
        this.reason = reason;
        this.createdAt = Instant.now();
    }

    public void closeOn(LocalDate date) {
        this.validTo = date;
    }

    public Long getChildId() {
        return childId;
    }

    public Long getParentId() {
        return parentId;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public String getReason() {
        return reason;
    }
}
