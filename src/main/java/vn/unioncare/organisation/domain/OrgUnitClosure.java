package vn.unioncare.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;

/** Read-only mapping of the closure table, maintained by {@link ClosureTable} in SQL. */
@Entity
@Table(name = "org_unit_closure")
@IdClass(OrgUnitClosure.Key.class)
public class OrgUnitClosure {

    @Id
    @Column(name = "ancestor_id")
    private Long ancestorId;

    @Id
    @Column(name = "descendant_id")
    private Long descendantId;

    private int distance;

    protected OrgUnitClosure() {
    }

    public record Key(Long ancestorId, Long descendantId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
