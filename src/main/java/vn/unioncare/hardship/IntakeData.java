package vn.unioncare.hardship;

import java.time.LocalDate;

/** What a hardship request brings when its case starts; circumstances and bank details are personal data. */
public record IntakeData(long memberId, String supportType, long amountRequested, Long estimatedLoss,
                         String paymentMethod, String circumstances, String bankName, String bankAccount,
                         String requestedBy, LocalDate startedOn) {
}
