package vn.unioncare.member.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.unioncare.common.SearchText;
import vn.unioncare.member.Gender;
import vn.unioncare.member.MemberStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Entity
@Table(name = "member")
public class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "card_number", nullable = false, unique = true)
    private String cardNumber;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "name_search", nullable = false)
    private String nameSearch;

    /** Written with the member, read only by the search's SQL (V26, {@link MemberNameWords}). */
    @ElementCollection
    @CollectionTable(name = "member_name_word", joinColumns = @JoinColumn(name = "member_id"))
    @OrderColumn(name = "word_number")
    private List<MemberNameWord> laterWords;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Gender gender;

    @Column(name = "phone_encrypted")
    private String phoneEncrypted;

    @Column(name = "phone_hash")
    private String phoneHash;

    @Column(name = "national_id_encrypted")
    private String nationalIdEncrypted;

    @Column(name = "national_id_hash")
    private String nationalIdHash;

    @Column(name = "national_id_last4")
    private String nationalIdLast4;

    @Column(name = "org_unit_id", nullable = false)
    private Long orgUnitId;

    @Column(name = "join_date", nullable = false)
    private LocalDate joinDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MemberStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Member() {
    }

    public Member(String cardNumber, String fullName, LocalDate dateOfBirth, Gender gender,
                  long orgUnitId, LocalDate joinDate) {
        this.cardNumber = cardNumber;
        this.fullName = fullName;
        this.nameSearch = SearchText.fold(fullName);
        this.laterWords = MemberNameWords.laterWordSuffixes(nameSearch).stream()
                .map(suffix -> new MemberNameWord(suffix, orgUnitId)).toList();
        this.dateOfBirth = dateOfBirth;
        this.gender = gender;
        this.orgUnitId = orgUnitId;
        this.joinDate = joinDate;
        this.status = MemberStatus.ACTIVE;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    public void protectNationalId(String encrypted, String lookupHash, String last4) {
        this.nationalIdEncrypted = encrypted;
        this.nationalIdHash = lookupHash;
        this.nationalIdLast4 = last4;
    }

    /** The phone number encrypted and as a keyed hash of its normal form, which exact-match search compares. */
    public void protectPhone(String encrypted, String lookupHash) {
        this.phoneEncrypted = encrypted;
        this.phoneHash = lookupHash;
    }

    public void changeStatus(MemberStatus status) {
        this.status = status;
        this.updatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getCardNumber() {
        return cardNumber;
    }

    public String getFullName() {
        return fullName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public Gender getGender() {
        return gender;
    }

    public String getPhoneEncrypted() {
        return phoneEncrypted;
    }

    public String getNationalIdEncrypted() {
        return nationalIdEncrypted;
    }

    public String getNationalIdLast4() {
        return nationalIdLast4;
    }

    public Long getOrgUnitId() {
        return orgUnitId;
    }

    public LocalDate getJoinDate() {
        return joinDate;
    }

    public MemberStatus getStatus() {
        return status;
    }
}
