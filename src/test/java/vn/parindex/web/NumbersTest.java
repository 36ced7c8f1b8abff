package vn.parindex.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"1,5; 1.5", "1.5; 1.5", " 96,25 ; 96.25", "100; 100", "0,000001; 0.000001", "-2,5; -2.5"})
    void readsADecimalCommaOrPoint(String typed, BigDecimal expected) {
        assertThat(Numbers.parse(typed)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "", "1,5,0", "1.000,5", "1,000.5", "1 5", "1e-3000000", "0,0000001", "1234567890123"})
    void refusesWhatIsNotANumberWithinBounds(String typed) {
        assertThatThrownBy(() -> Numbers.parse(typed)).isInstanceOf(NumberFormatException.class);
    }
}
