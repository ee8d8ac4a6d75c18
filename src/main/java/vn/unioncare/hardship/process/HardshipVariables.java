package vn.unioncare.hardship.process;

/** Names of the hardship process's variables: ids and routing facts only, never personal data. */
final class HardshipVariables {

    static final String SUPPORT_TYPE = "supportType";
    static final String AMOUNT_REQUESTED = "amountRequested";
    static final String ESTIMATED_LOSS = "estimatedLoss";
    static final String PAYMENT_METHOD = "paymentMethod";
    static final String PROVIDED_DOCUMENTS = "providedDocuments";
    static final String REQUESTER = "requesterUsername";
    /**
     * Optional at the start: the level that reviews first (e.g. {@code CITY} for the family of a worker killed at
     * work, when a safety case starts the request); without it the member's grassroots union reviews.
     */
    static final String REVIEW_LEVEL = "reviewLevel";
    static final String MEMBER_STATUS = "memberStatus";
    static final String RECENT_GRANTS = "recentSameTypeGrants";
    static final String DUPLICATE_WARNING = "duplicateWarning";
    static final String PROPOSED_AMOUNT = "proposedAmount";
    static final String APPROVAL_CAP = "approvalCap";
    static final String APPROVED_AMOUNT = "approvedAmount";
    static final String REJECTION_REASON = "rejectionReason";
    static final String PAYMENT_REFERENCE = "paymentReference";
    static final String FUND_OUTCOME = "fundOutcome";
    static final String ELIGIBILITY_RULE_VERSION = "eligibilityRuleVersion";
    static final String APPROVAL_RULE_VERSION = "approvalRuleVersion";

    /** Personal data that a start form hands over (transiently) and that the intake moves into UnionCare's table. */
    static final String CIRCUMSTANCES = "circumstances";
    static final String BANK_NAME = "bankName";
    static final String BANK_ACCOUNT = "bankAccount";
    static final String REVIEW_NOTES = "reviewNotes";

    private HardshipVariables() {
    }

    /** The level and candidate group variables of a routed step, e.g. {@code reviewLevel}, {@code reviewGroup}. */
    static String levelOf(String routing) {
        return routing + "Level";
    }

    static String groupOf(String routing) {
        return routing + "Group";
    }
}
