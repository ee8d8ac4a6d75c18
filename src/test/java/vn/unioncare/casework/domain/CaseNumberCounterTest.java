package vn.unioncare.casework.domain;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.documents.DocumentNumbers;

import static org.assertj.core.api.Assertions.assertThat;

@UnionCareSpringTest
class CaseNumberCounterTest {

    @Autowired
    CaseNumberCounter caseNumbers;
    @Autowired
    DocumentNumbers documentNumbers;
    @Autowired
    PlatformTransactionManager transactions;

    private String inTransaction(java.util.function.Supplier<String> work) {
        return new TransactionTemplate(transactions).execute(status -> work.get());
    }

    @Test
    void caseNumbersKeepTheirFormatAndCountPerPrefixAndYearApartFromDocumentNumbers() {
        assertThat(inTransaction(() -> caseNumbers.next("TQ", 2031))).isEqualTo("TQ-2031-000001");
        assertThat(inTransaction(() -> documentNumbers.next("TQ", "TQ", "CĐCS", 2031))).isEqualTo("01/TQ-CĐCS");
        assertThat(inTransaction(() -> caseNumbers.next("TQ", 2031))).isEqualTo("TQ-2031-000002");
        assertThat(inTransaction(() -> caseNumbers.next("TQ", 2032))).isEqualTo("TQ-2032-000001");
        assertThat(inTransaction(() -> caseNumbers.next("TR", 2031))).isEqualTo("TR-2031-000001");
    }
}
