package org.dualcarbon.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** How figures read in the documents: the stored four decimals, shares and signed changes, a dash for none. */
class FiguresTest {

    @Test
    void tonnesKeepFourDecimalsWithThousandsSeparators() {
        assertThat(Figures.tonnes(new BigDecimal("602043.9788"))).isEqualTo("602,043.9788");
        assertThat(Figures.tonnes(new BigDecimal("226448.22156789"))).isEqualTo("226,448.2216");
        assertThat(Figures.tonnes(new BigDecimal("-12.5"))).isEqualTo("-12.5000");
        assertThat(Figures.tonnes(null)).isEqualTo("—");
    }

    @Test
    void quantitiesKeepTheirDigitsUpToFourDecimals() {
        assertThat(Figures.quantity(new BigDecimal("1200.0000000000"))).isEqualTo("1,200");
        assertThat(Figures.quantity(new BigDecimal("0.98"))).isEqualTo("0.98");
    }

    @Test
    void sharesAndChangesInPerCent() {
        assertThat(Figures.share(new BigDecimal("1"), new BigDecimal("3"))).isEqualTo("33.3%");
        assertThat(Figures.change(new BigDecimal("110"), new BigDecimal("100"))).isEqualTo("+10.0%");
        assertThat(Figures.change(new BigDecimal("90"), new BigDecimal("100"))).isEqualTo("-10.0%");
        assertThat(Figures.change(new BigDecimal("100"), new BigDecimal("100"))).isEqualTo("0.0%");
        assertThat(Figures.change(new BigDecimal("5"), BigDecimal.ZERO)).isEqualTo("—");
        assertThat(Figures.share(BigDecimal.ONE, BigDecimal.ZERO)).isEqualTo("—");
    }

    @Test
    void timesToTheSecond() {
        assertThat(Figures.time(LocalDateTime.of(2026, 3, 5, 9, 7, 1, 999_000_000))).isEqualTo("2026-03-05 09:07:01");
    }
}
