package vn.unioncare.tasks.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.unioncare.tasks.Substitution;

import java.time.Instant;
import java.time.LocalDate;

/** An officer's substitute for a period of absence, both days included. */
@Entity
@Table(name = "task_substitute")
public class TaskSubstitute {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String principal;

    @Column(nullable = false)
    private String substitute;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private boolean cancelled;

    protected TaskSubstitute() {
    }

    public TaskSubstitute(String principal, String substitute, LocalDate validFrom, LocalDate validTo, Instant now) {
        this.principal = principal;
        this.substitute = substitute;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.createdAt = now;
    }

    public void cancel() {
        cancelled = true;
    }

    public String principal() {
        return principal;
    }

    public Substitution toView() {
        return new Substitution(id, principal, substitute, validFrom, validTo);
    }
}
