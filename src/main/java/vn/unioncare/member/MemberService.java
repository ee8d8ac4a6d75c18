package vn.unioncare.member;

import jakarta.validation.Valid;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import vn.unioncare.member.domain.Member;
import vn.unioncare.member.domain.MemberRepository;
import vn.unioncare.member.domain.MemberSearchQuery;
import vn.unioncare.common.CappedCount;
import vn.unioncare.member.domain.PhoneNumbers;
import vn.unioncare.organisation.OrgLevel;
import vn.unioncare.organisation.OrgUnitView;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.security.AccessScope;
import vn.unioncare.security.CurrentUser;
import vn.unioncare.security.PersonalDataCipher;

import java.util.Locale;
import java.util.Optional;

/**
 * Members of the grassroots unions. Every read and write is limited to the caller's scope in the query itself:
 * an officer sees the members of their unions (and of the unions below, where their role covers the subtree),
 * a member sees only their own record.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class MemberService {

    /** A search counts its matches up to this many and shows "more than" beyond it. */
    public static final int SEARCH_COUNT_CAP = 1000;

    private final MemberRepository members;
    private final MemberSearchQuery searchQuery;
    private final OrganisationService organisation;
    private final PersonalDataCipher cipher;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    public MemberService(MemberRepository members, MemberSearchQuery searchQuery, OrganisationService organisation,
                         PersonalDataCipher cipher, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.events = events;
        this.members = members;
        this.searchQuery = searchQuery;
        this.organisation = organisation;
        this.cipher = cipher;
        this.currentUser = currentUser;
    }

    /**
     * A page of the members in my scope matching the search; the page's total is exact up to
     * {@link #SEARCH_COUNT_CAP} and cap + 1 beyond it: read it with {@link #searchCount(Page)}.
     */
    public Page<MemberSummary> search(MemberSearch search, Pageable page) {
        return searchQuery.search(search, currentUser.scope(), page, SEARCH_COUNT_CAP);
    }

    /** How many members a search page stands for: exact, or "more than" the cap. */
    public static CappedCount searchCount(Page<MemberSummary> page) {
        return CappedCount.of(page.getTotalElements(), SEARCH_COUNT_CAP);
    }

    /** The full record, national ID included; empty when the member does not exist or is outside the caller's scope. */
    public Optional<MemberRecord> findRecord(long memberId) {
        return members.findById(memberId).filter(m -> isVisible(m, currentUser.scope())).map(this::toRecord);
    }

    /**
     * The full record for a person to see, audited: who (the signed-in user), when, which member and why are recorded
     * in the caller's transaction. Pages that show a member's record use this, never {@link #findRecord}.
     */
    @Transactional
    public Optional<MemberRecord> viewRecord(long memberId, PersonalDataPurpose why) {
        Optional<MemberRecord> record = findRecord(memberId);
        record.ifPresent(r -> events.publishEvent(new PersonalDataAccessed(r.id(), why)));
        return record;
    }

    /** The signed-in member's own record for them to see, audited as {@link PersonalDataPurpose#OWN_RECORD}. */
    @Transactional
    public Optional<MemberRecord> viewOwnRecord() {
        Long own = currentUser.scope().ownMemberId();
        return own == null ? Optional.empty() : viewRecord(own, PersonalDataPurpose.OWN_RECORD);
    }

    /** A member's name for labels (no other personal data), within the caller's scope. */
    public Optional<String> displayName(long memberId) {
        return findRecord(memberId).map(MemberRecord::fullName);
    }

    /**
     * A member's facts for a running process, whoever runs it: a job executor thread has no signed-in user, and the
     * process only ever holds the member's id, which it got from a checked start.
     */
    public Optional<MemberFacts> factsForProcess(long memberId) {
        return members.findById(memberId).map(m -> new MemberFacts(m.getId(), m.getCardNumber(), m.getFullName(),
                m.getOrgUnitId(), m.getStatus()));
    }

    /** The signed-in member's own record. */
    public Optional<MemberRecord> findOwnRecord() {
        Long own = currentUser.scope().ownMemberId();
        return own == null ? Optional.empty() : findRecord(own);
    }

    @Transactional
    public MemberRecord register(@Valid NewMember request) {
        OrgUnitView unit = organisation.findByCode(request.orgCode())
                .orElseThrow(() -> new MemberException("member.error.unionNotFound", request.orgCode()));
        if (unit.level() != OrgLevel.GRASSROOTS && unit.level() != OrgLevel.UNION_GROUP) {
            throw new MemberException("member.error.notGrassroots", request.orgCode());
        }
        if (!mayManage(unit.id(), currentUser.scope())) {
            throw new MemberException("member.error.noAccess", request.orgCode());
        }
        String cardNumber = request.cardNumber().strip().toUpperCase(Locale.ROOT);
        if (members.existsByCardNumber(cardNumber)) {
            throw new MemberException("member.error.duplicateCard", cardNumber);
        }
        Member member = new Member(cardNumber, request.fullName().strip(), request.dateOfBirth(), request.gender(),
                unit.id(), request.joinDate());
        String phone = PhoneNumbers.normalise(request.phone());
        member.protectPhone(cipher.encrypt(phone), cipher.lookupHash(phone));
        if (request.nationalId() != null && !request.nationalId().isBlank()) {
            String nationalId = request.nationalId().strip();
            String hash = cipher.lookupHash(nationalId);
            if (members.existsByNationalIdHash(hash)) {
                throw new MemberException("member.error.duplicateNationalId", cardNumber);
            }
            member.protectNationalId(cipher.encrypt(nationalId), hash, nationalId.substring(nationalId.length() - 4));
        }
        // flushed here: the name's word rows (V26) are then searchable by SQL in the same transaction
        return toRecord(members.saveAndFlush(member));
    }

    private boolean isVisible(Member member, AccessScope scope) {
        return member.getId().equals(scope.ownMemberId()) || mayManage(member.getOrgUnitId(), scope);
    }

    private boolean mayManage(long orgUnitId, AccessScope scope) {
        return scope.all() || scope.unitIds().contains(orgUnitId)
                || scope.subtreeRootIds().stream().anyMatch(root -> organisation.isInSubtree(root, orgUnitId));
    }

    private MemberRecord toRecord(Member m) {
        return new MemberRecord(m.getId(), m.getCardNumber(), m.getFullName(), m.getDateOfBirth(), m.getGender(),
                cipher.decrypt(m.getPhoneEncrypted()), cipher.decrypt(m.getNationalIdEncrypted()), m.getOrgUnitId(), m.getJoinDate(), m.getStatus());
    }
}
