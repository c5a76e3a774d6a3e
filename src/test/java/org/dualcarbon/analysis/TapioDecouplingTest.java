package org.dualcarbon.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every state of the table in domain.md §6.1, its boundaries in decimal arithmetic, and the undefined cases. */
class TapioDecouplingTest {

    @ParameterizedTest(name = "C {0}→{1}, GDP {2}→{3}: e = {4}, {5}")
    @CsvSource({
            // ΔC < 0, ΔGDP > 0
            "100, 95, 100, 110, -0.5, STRONG_DECOUPLING",
            // ΔC > 0, ΔGDP > 0: below 0.8, the closed interval [0.8, 1.2], above 1.2
            "100, 102, 100, 110, 0.2, WEAK_DECOUPLING",
            "100, 104, 100, 105, 0.8, EXPANSIVE_COUPLING",
            "100, 106, 100, 105, 1.2, EXPANSIVE_COUPLING",
            "100, 106.01, 100, 105, 1.202, EXPANSIVE_NEGATIVE_DECOUPLING",
            "100, 103.99, 100, 105, 0.798, WEAK_DECOUPLING",
            // ΔC < 0, ΔGDP < 0
            "100, 90, 100, 95, 2, RECESSIVE_DECOUPLING",
            "100, 96, 100, 95, 0.8, RECESSIVE_COUPLING",
            "100, 94, 100, 95, 1.2, RECESSIVE_COUPLING",
            "100, 98, 100, 90, 0.2, WEAK_NEGATIVE_DECOUPLING",
            // ΔC > 0, ΔGDP < 0
            "100, 105, 100, 95, -1, STRONG_NEGATIVE_DECOUPLING",
            // ΔC = 0: e = 0 (platform convention)
            "100, 100, 100, 110, 0, WEAK_DECOUPLING",
            "100, 100, 100, 90, 0, WEAK_NEGATIVE_DECOUPLING"
    })
    void eachStateFollowsTheSignsThenTheElasticity(String c0, String c1, String g0, String g1, String e, DecouplingState state) {
        TapioDecoupling.Result result = TapioDecoupling.classify(new BigDecimal(c0), new BigDecimal(c1), new BigDecimal(g0),
                new BigDecimal(g1));
        assertThat(result.elasticity()).isEqualByComparingTo(e);
        assertThat(result.state()).isEqualTo(state);
    }

    @Test
    void theBoundaryIsExactInDecimalWhereBinaryWouldMissIt() {
        // 0.04 / 0.05 in binary floating point is 0.7999999999999999: weak decoupling by mistake
        assertThat(0.04 / 0.05).isLessThan(0.8);
        assertThat(TapioDecoupling.classify(new BigDecimal("1"), new BigDecimal("1.04"), new BigDecimal("1"), new BigDecimal("1.05"))
                .state()).isEqualTo(DecouplingState.EXPANSIVE_COUPLING);
    }

    @Test
    void unchangedGdpLeavesTheElasticityUndefined() {
        TapioDecoupling.Result result = TapioDecoupling.classify(BigDecimal.TEN, BigDecimal.ONE, BigDecimal.TEN, BigDecimal.TEN);
        assertThat(result.elasticity()).isNull();
        assertThat(result.state()).isEqualTo(DecouplingState.UNDEFINED);
        assertThat(result.emissionChange()).isEqualByComparingTo("-0.9");
    }

    @Test
    void aBaseOfZeroOrANegativeValueIsRefusedWithItsName() {
        assertThatThrownBy(() -> TapioDecoupling.classify(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.TEN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("C0");
        assertThatThrownBy(() -> TapioDecoupling.classify(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.TEN))
                .hasMessageContaining("G0");
        assertThatThrownBy(() -> TapioDecoupling.classify(BigDecimal.ONE, BigDecimal.ONE.negate(), BigDecimal.ONE, BigDecimal.TEN))
                .hasMessageContaining("C1");
    }
}
