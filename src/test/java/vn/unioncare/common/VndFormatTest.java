package vn.unioncare.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VndFormatTest {

    @Test
    void amountsAreWrittenTheVietnameseWayWithDotsBetweenThousands() {
        assertThat(VndFormat.digits(0)).isEqualTo("0");
        assertThat(VndFormat.digits(999)).isEqualTo("999");
        assertThat(VndFormat.digits(1_500_000)).isEqualTo("1.500.000");
        assertThat(VndFormat.digits(-2_500_000)).isEqualTo("-2.500.000");
        assertThat(VndFormat.dong(10_000_000)).isEqualTo("10.000.000 đồng");
        assertThat(VndFormat.withSign(5_000_000_000L)).isEqualTo("5.000.000.000 ₫");
    }
}
