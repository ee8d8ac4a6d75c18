package vn.unioncare.organisation;

import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import vn.unioncare.common.SearchText;
import vn.unioncare.organisation.domain.ClosureTable;
import vn.unioncare.organisation.domain.OrgUnit;
import vn.unioncare.organisation.domain.OrgUnitLink;
import vn.unioncare.organisation.domain.OrgUnitLinkRepository;
import vn.unioncare.organisation.domain.OrgUnitRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The union hierarchy: units, their effective-dated parent links and the subtree/ancestor queries every scope check
 * rests on. Changing the hierarchy is for administrators; reading it is open to signed-in users.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class OrganisationService {

    private final OrgUnitRepository units;
    private final OrgUnitLinkRepository links;
    private final ClosureTable closure;
    private final Clock clock;

    public OrganisationService(OrgUnitRepository units, OrgUnitLinkRepository links, ClosureTable closure, Clock clock) {
        this.units = units;
        this.links = links;
        this.closure = closure;
        this.clock = clock;
    }

    /**
     * Whether the subtrees below the given units hold every unit: list queries then leave out the closure table,
     * which would only join all rows to all units (docs/benchmarks.md, M2 and M3).
     */
    public boolean coversEveryUnit(java.util.Collection<Long> rootIds) {
        return closure.coversEveryUnit(rootIds);
    }

    public Optional<OrgUnitView> findById(long id) {
        return units.findById(id).map(this::toView);
    }

    public Optional<OrgUnitView> findByCode(String code) {
        return units.findByCode(code).map(this::toView);
    }

    public OrgUnitView getById(long id) {
        return findById(id).orElseThrow(() -> new HierarchyException("organisation.error.notFound", "id " + id));
    }

    public List<OrgUnitView> findAllById(java.util.Collection<Long> ids) {
        List<OrgUnit> found = units.findAllById(Set.copyOf(ids));
        Map<Long, Long> parents = currentParents(found.stream().map(OrgUnit::getId).toList());
        return found.stream().map(u -> toView(u, parents.get(u.getId()))).toList();
    }

    /** The unit itself first, then its parent, up to the city federation (current hierarchy). */
    public List<OrgUnitView> ancestorsNearestFirst(long unitId) {
        List<OrgUnit> chain = units.findAncestorsNearestFirst(unitId);
        Map<Long, Long> parents = currentParents(chain.stream().map(OrgUnit::getId).toList());
        return chain.stream().map(u -> toView(u, parents.get(u.getId()))).toList();
    }

    /** Ancestors as the hierarchy stood on a date: the unit itself first. */
    public List<OrgUnitView> ancestorsAsOf(long unitId, LocalDate date) {
        List<Long> ids = closure.ancestorIdsAsOf(unitId, date);
        Map<Long, OrgUnit> byId = units.findAllById(ids).stream().collect(Collectors.toMap(OrgUnit::getId, Function.identity()));
        Map<Long, Long> parents = currentParents(ids);
        return ids.stream().map(byId::get).map(u -> toView(u, parents.get(u.getId()))).toList();
    }

    /** The nearest ancestor (or the unit itself) at the given level, as of a date. */
    /** The grassroots, direct-superior and city unions of a unit as the hierarchy stood on a date. */
    public UnionLevels levelsAsOf(long unitId, LocalDate date) {
        List<OrgUnitView> chain = ancestorsAsOf(unitId, date);
        return new UnionLevels(firstAt(chain, OrgLevel.GRASSROOTS).orElse(unitId),
                firstAt(chain, OrgLevel.DIRECT_SUPERIOR).orElse(null), firstAt(chain, OrgLevel.CITY).orElse(null));
    }

    private static Optional<Long> firstAt(List<OrgUnitView> chain, OrgLevel level) {
        return chain.stream().filter(u -> u.level() == level).map(OrgUnitView::id).findFirst();
    }

    public Optional<OrgUnitView> ancestorAtLevel(long unitId, OrgLevel level, LocalDate asOf) {
        return ancestorsAsOf(unitId, asOf).stream().filter(u -> u.level() == level).findFirst();
    }

    public boolean isInSubtree(long ancestorId, long unitId) {
        return closure.isAncestorOrSelf(ancestorId, unitId);
    }

    /** Units without a parent: the city federations. */
    public List<OrgUnitView> roots() {
        return units.findRoots().stream().map(u -> toView(u, null)).toList();
    }

    public Page<OrgUnitView> children(long parentId, Pageable page) {
        return withParents(units.findCurrentChildren(parentId, page));
    }

    public long countChildren(long parentId) {
        return units.countCurrentChildren(parentId);
    }

    /** Units in a subtree whose name or code starts with the query (diacritics ignored). */
    public Page<OrgUnitView> searchInSubtree(long rootId, String query, Pageable page) {
        String prefix = query == null || query.isBlank() ? null : SearchText.likePrefix(query);
        return withParents(units.searchInSubtree(rootId, prefix, page));
    }

    /**
     * Units of a level whose name or code contains the query anywhere (diacritics ignored), by name: a public
     * directory, as union names are, for pickers such as "the union of the workplace". Thousands of units at most
     * per level, so a contains-scan stays cheap.
     */
    public Page<OrgUnitView> searchAtLevel(OrgLevel level, String query, Pageable page) {
        String pattern = query == null || query.isBlank() ? null : "%" + SearchText.likePrefix(query);
        return withParents(units.searchAtLevel(level, pattern, page));
    }

    public List<ParentLinkView> parentHistory(long unitId) {
        List<OrgUnitLink> history = links.findHistory(unitId);
        Map<Long, String> codes = units.findAllById(history.stream().map(OrgUnitLink::getParentId).toList()).stream()
                .collect(Collectors.toMap(OrgUnit::getId, OrgUnit::getCode));
        return history.stream()
                .map(l -> new ParentLinkView(l.getParentId(), codes.get(l.getParentId()), l.getValidFrom(), l.getValidTo(),
                        l.getReason()))
                .toList();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN') or hasRole('SYSTEM')")
    public OrgUnitView create(@Valid NewOrgUnit request) {
        if (units.findByCode(request.code()).isPresent()) {
            throw new HierarchyException("organisation.error.duplicateCode", request.code());
        }
        OrgUnit parent = null;
        if (request.parentCode() != null) {
            parent = units.findByCode(request.parentCode())
                    .orElseThrow(() -> new HierarchyException("organisation.error.notFound", request.parentCode()));
            requireLevelOrder(request.level(), parent.getLevel());
        } else if (request.level() != OrgLevel.CITY) {
            throw new HierarchyException("organisation.error.parentRequired", request.code());
        }
        OrgUnit unit = units.save(new OrgUnit(request.code(), request.level(), request.nameVi(), request.nameEn()));
        if (parent == null) {
            closure.addRoot(unit.getId());
        } else {
            links.save(new OrgUnitLink(unit.getId(), parent.getId(), request.validFrom(), null));
            closure.addLeaf(unit.getId(), parent.getId());
        }
        return toView(unit);
    }

    /**
     * Moves a unit (with everything below it) under a new parent from {@code effectiveFrom} on. The old link is closed
     * on that date and kept, so "who was the parent on date X" still has its answer.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN') or hasRole('SYSTEM')")
    public void reparent(long unitId, long newParentId, LocalDate effectiveFrom, String reason) {
        OrgUnit unit = units.findById(unitId).orElseThrow(() -> new HierarchyException("organisation.error.notFound", "id " + unitId));
        OrgUnit parent = units.findById(newParentId).orElseThrow(() -> new HierarchyException("organisation.error.notFound", "id " + newParentId));
        requireLevelOrder(unit.getLevel(), parent.getLevel());
        if (effectiveFrom.isAfter(LocalDate.now(clock))) {
            throw new HierarchyException("organisation.error.futureDate", effectiveFrom.toString());
        }
        if (closure.isAncestorOrSelf(unitId, newParentId)) {
            throw new HierarchyException("organisation.error.cycle", unit.getCode() + " -> " + parent.getCode());
        }
        OrgUnitLink current = links.findCurrentForUpdate(unitId)
                .orElseThrow(() -> new HierarchyException("organisation.error.rootCannotMove", unit.getCode()));
        if (current.getParentId() == newParentId) {
            throw new HierarchyException("organisation.error.sameParent", unit.getCode());
        }
        if (!effectiveFrom.isAfter(current.getValidFrom())) {
            throw new HierarchyException("organisation.error.beforeCurrentLink", effectiveFrom.toString());
        }
        current.closeOn(effectiveFrom);
        links.save(new OrgUnitLink(unitId, newParentId, effectiveFrom, reason));
        closure.moveSubtree(unitId, newParentId);
    }

    private static void requireLevelOrder(OrgLevel child, OrgLevel parent) {
        if (!child.mayBeChildOf(parent)) {
            throw new HierarchyException("organisation.error.levelOrder", child + " under " + parent);
        }
    }

    private Page<OrgUnitView> withParents(Page<OrgUnit> page) {
        Map<Long, Long> parents = currentParents(page.map(OrgUnit::getId).getContent());
        return page.map(u -> toView(u, parents.get(u.getId())));
    }

    private Map<Long, Long> currentParents(List<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return Map.of();
        }
        return links.findCurrentByChildIds(unitIds).stream()
                .collect(Collectors.toMap(OrgUnitLink::getChildId, OrgUnitLink::getParentId));
    }

    private OrgUnitView toView(OrgUnit unit) {
        Long parentId = links.findCurrent(unit.getId()).map(OrgUnitLink::getParentId).orElse(null);
        return toView(unit, parentId);
    }

    private static OrgUnitView toView(OrgUnit unit, Long parentId) {
        return new OrgUnitView(unit.getId(), unit.getCode(), unit.getLevel(), unit.getNameVi(), unit.getNameEn(), parentId,
                unit.isActive());
    }
}
