package vn.unioncare.hardship.ui;

import com.vaadin.flow.component.html.H3;
import vn.unioncare.casework.FactLines;
import vn.unioncare.common.VndFormat;
import vn.unioncare.hardship.HardshipOutcome;
import vn.unioncare.hardship.HardshipRequestView;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** What was asked, what was decided and why, and what was paid. */
class HardshipRequestPanel extends FactLines {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    HardshipRequestPanel(HardshipRequestView request) {
        setId("hardship-request");
        addClassName("uc-case-section");
        add(new H3(getTranslation("hardship.section.title")));
        fact("hardship-outcome", "hardship.outcome", getTranslation("hardship.outcome." + request.outcome()));
        if (request.outcome() == HardshipOutcome.REJECTED && request.decisionReason() != null) {
            fact("hardship-reason", "hardship.reason", request.decisionReason());
        }
        fact("hardship-type", "hardship.type", getTranslation("hardship.type." + request.supportType()));
        fact("hardship-requested", "hardship.amountRequested", money(request.amountRequested()));
        if (request.estimatedLoss() != null) {
            fact("hardship-loss", "hardship.estimatedLoss", money(request.estimatedLoss()));
        }
        fact("hardship-circumstances", "hardship.circumstances", request.circumstances());
        fact("hardship-payment-method", "hardship.paymentMethod",
                getTranslation("hardship.paymentMethod." + request.paymentMethod()));
        if (request.bankAccount() != null) {
            fact("hardship-bank", "hardship.bankAccount", request.bankName() + " – " + request.bankAccount());
        }
        if (request.proposedAmount() != null) {
            fact("hardship-proposed", "hardship.proposedAmount", money(request.proposedAmount()));
        }
        if (request.approvalLevel() != null) {
            fact("hardship-level", "hardship.approvalLevel", getTranslation("hardship.level." + request.approvalLevel())
                    + (request.approvalCap() == null ? "" : " (" + getTranslation("hardship.cap", money(request.approvalCap())) + ")"));
        }
        if (request.approvedAmount() != null) {
            fact("hardship-approved", "hardship.approvedAmount", money(request.approvedAmount()));
            fact("hardship-payer", "hardship.payingUnion", request.payingUnionName());
        }
        if (request.paidAt() != null) {
            fact("hardship-paid", "hardship.paid", date(request.paidAt()) + " – " + request.paymentReference());
        }
    }

    private String money(long amount) {
        return getTranslation("hardship.money", VndFormat.digits(amount));
    }

    private static String date(Instant instant) {
        return DATE.format(instant);
    }
}
