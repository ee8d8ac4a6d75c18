package vn.unioncare.hardship;

import java.time.Instant;

/**
 * A hardship request as the member and the officers of the case see it. {@code decisionReason} is the reason
 * given for a rejection, which the member always sees.
 */
public record HardshipRequestView(String caseNumber, String supportType, long amountRequested, Long estimatedLoss,
                                  String paymentMethod, String circumstances, String bankName, String bankAccount,
                                  String approvalLevel, Long approvalCap, Long proposedAmount, Long approvedAmount,
                                  String payingUnionName, HardshipOutcome outcome, String decisionReason,
                                  Instant decidedAt, String paymentReference, Instant paidAt) {
}
