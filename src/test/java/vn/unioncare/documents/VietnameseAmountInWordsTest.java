package vn.unioncare.documents;

import vn.unioncare.common.VndFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VietnameseAmountInWordsTest {

    @ParameterizedTest(name = "{0} reads \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            0               | Không đồng
            1               | Một đồng
            4               | Bốn đồng
            5               | Năm đồng
            10              | Mười đồng
            11              | Mười một đồng
            14              | Mười bốn đồng
            15              | Mười lăm đồng
            20              | Hai mươi đồng
            21              | Hai mươi mốt đồng
            25              | Hai mươi lăm đồng
            31              | Ba mươi mốt đồng
            99              | Chín mươi chín đồng
            100             | Một trăm đồng
            101             | Một trăm linh một đồng
            105             | Một trăm linh năm đồng
            110             | Một trăm mười đồng
            111             | Một trăm mười một đồng
            115             | Một trăm mười lăm đồng
            121             | Một trăm hai mươi mốt đồng
            205             | Hai trăm linh năm đồng
            1000            | Một nghìn đồng
            1001            | Một nghìn không trăm linh một đồng
            1010            | Một nghìn không trăm mười đồng
            1015            | Một nghìn không trăm mười lăm đồng
            1100            | Một nghìn một trăm đồng
            10000           | Mười nghìn đồng
            15000           | Mười lăm nghìn đồng
            21000           | Hai mươi mốt nghìn đồng
            105000          | Một trăm linh năm nghìn đồng
            250000          | Hai trăm năm mươi nghìn đồng
            500000          | Năm trăm nghìn đồng
            1000000         | Một triệu đồng
            1000005         | Một triệu không trăm linh năm đồng
            1005000         | Một triệu không trăm linh năm nghìn đồng
            1050000         | Một triệu không trăm năm mươi nghìn đồng
            1500000         | Một triệu năm trăm nghìn đồng
            2000000         | Hai triệu đồng
            10000000        | Mười triệu đồng
            15500000        | Mười lăm triệu năm trăm nghìn đồng
            20000000        | Hai mươi triệu đồng
            30000000        | Ba mươi triệu đồng
            21021021        | Hai mươi mốt triệu không trăm hai mươi mốt nghìn không trăm hai mươi mốt đồng
            1000000000      | Một tỷ đồng
            1000000001      | Một tỷ không trăm linh một đồng
            2000001000      | Hai tỷ không trăm linh một nghìn đồng
            5015000000      | Năm tỷ không trăm mười lăm triệu đồng
            125000000000    | Một trăm hai mươi lăm tỷ đồng
            999999999999    | Chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng
            """)
    void amountsReadTheWayVietnameseReceiptsWriteThem(long amount, String words) {
        assertThat(VietnameseAmountInWords.of(amount)).isEqualTo(words);
    }

    @Test
    void wordsWithoutTheCurrencyAreLowerCase() {
        assertThat(VietnameseAmountInWords.words(21_000)).isEqualTo("hai mươi mốt nghìn");
    }

    @Test
    void amountsBelowZeroOrAboveNineHundredNinetyNineBillionAreRefused() {
        assertThatThrownBy(() -> VietnameseAmountInWords.of(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VietnameseAmountInWords.of(1_000_000_000_000L))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} is written \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            0            | 0 đồng
            999          | 999 đồng
            1000         | 1.000 đồng
            21000        | 21.000 đồng
            1500000      | 1.500.000 đồng
            10000000     | 10.000.000 đồng
            999999999999 | 999.999.999.999 đồng
            -2500000     | -2.500.000 đồng
            """)
    void figuresSeparateThousandsWithDots(long amount, String figures) {
        assertThat(VndFormat.dong(amount)).isEqualTo(figures);
    }
}
