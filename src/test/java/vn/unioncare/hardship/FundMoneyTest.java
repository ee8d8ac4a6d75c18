package vn.unioncare.hardship;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FundMoneyTest {

    @Test
    void amountsAreWrittenTheVietnameseWayWithDotsAndTheDongSign() {
        assertThat(FundMoney.vnd(10_000_000)).isEqualTo("10.000.000 ₫");
        assertThat(FundMoney.vnd(5_000_000_000L)).isEqualTo("5.000.000.000 ₫");
        assertThat(FundMoney.vnd(0)).isEqualTo("0 ₫");
        assertThat(FundMoney.vnd(999)).isEqualTo("999 ₫");
    }
}
