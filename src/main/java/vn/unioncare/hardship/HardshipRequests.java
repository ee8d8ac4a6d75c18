package vn.unioncare.hardship;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.casework.CaseAccess;
import vn.unioncare.hardship.domain.HardshipRequest;
import vn.unioncare.hardship.domain.HardshipRequestRepository;
import vn.unioncare.organisation.OrgUnitView;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.security.PersonalDataCipher;

import java.util.Optional;

/** Hardship requests for the people who may see their case: the member, and officers of the unions above it. */
@Service
@Transactional(readOnly = true)
public class HardshipRequests {

    private final HardshipRequestRepository requests;
    private final CaseAccess access;
    private final OrganisationService organisation;
    private final PersonalDataCipher cipher;

    public HardshipRequests(HardshipRequestRepository requests, CaseAccess access, OrganisationService organisation,
                            PersonalDataCipher cipher) {
        this.requests = requests;
        this.access = access;
        this.organisation = organisation;
        this.cipher = cipher;
    }

    /** The request of a case; "not found or no access" (404) for a case the caller may not see. */
    public Optional<HardshipRequestView> forCase(String caseNumber) {
        access.require(caseNumber);
        return requests.findByCaseNumber(caseNumber).map(this::view);
    }

    private HardshipRequestView view(HardshipRequest r) {
        String payingUnion = r.getPayingUnitId() == null ? null
                : organisation.findById(r.getPayingUnitId()).map(OrgUnitView::nameVi).orElse(null);
        return new HardshipRequestView(r.getCaseNumber(), r.getSupportType(), r.getAmountRequested(),
                r.getEstimatedLoss(), r.getPaymentMethod(), cipher.decrypt(r.getCircumstancesEncrypted()),
                r.getBankName(), cipher.decrypt(r.getBankAccountEncrypted()), r.getApprovalLevel(), r.getApprovalCap(),
                r.getProposedAmount(), r.getApprovedAmount(), payingUnion, r.getOutcome(), r.getDecisionReason(),
                r.getDecidedAt(), r.getPaymentReference(), r.getPaidAt());
    }
}
