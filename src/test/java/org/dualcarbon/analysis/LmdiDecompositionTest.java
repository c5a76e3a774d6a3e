package org.dualcarbon.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.dualcarbon.analysis.LmdiDecomposition.Effect;
import org.dualcarbon.analysis.LmdiDecomposition.SectorYear;
import org.junit.jupiter.api.Test;

/**
 * LMDI-I against values derived by hand from the formulas of domain.md §6.2 (Ang 2004/2005): a two-sector economy
 * going from (industry: Q 600, E 300, C 800; services: Q 400, E 100, C 200) to (700, 320, 830; 600, 130, 250).
 * E.g. the activity effect = [L(830, 800) + L(250, 200)] × ln(1300/1000) = (814.901… + 224.071…) × 0.262364… = 272.59…
 */
class LmdiDecompositionTest {

    static final Map<String, SectorYear> BASE = Map.of("industry", new SectorYear(600, 300, 800),
            "services", new SectorYear(400, 100, 200));
    static final Map<String, SectorYear> TARGET = Map.of("industry", new SectorYear(700, 320, 830),
            "services", new SectorYear(600, 130, 250));

    @Test
    void additiveEffectsMatchTheFormulaAndSumToTheChange() {
        LmdiDecomposition.Result result = LmdiDecomposition.decompose(BASE, TARGET);
        assertThat(result.change()).isEqualTo(80.0);
        assertThat(result.additive().get(Effect.ACTIVITY)).isCloseTo(272.5909540567888, within(1e-9));
        assertThat(result.additive().get(Effect.STRUCTURE)).isCloseTo(-56.11936229901989, within(1e-9));
        assertThat(result.additive().get(Effect.INTENSITY)).isCloseTo(-105.09041204711087, within(1e-9));
        assertThat(result.additive().get(Effect.ENERGY_MIX)).isCloseTo(-31.38117971065789, within(1e-9));
        double sum = result.additive().values().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(sum).as("no residual").isCloseTo(result.change(), within(1e-9 * result.emissionsT()));
    }

    @Test
    void multiplicativeFactorsMatchTheFormulaAndMultiplyToTheRatio() {
        LmdiDecomposition.Result result = LmdiDecomposition.decompose(BASE, TARGET);
        assertThat(result.multiplicative().get(Effect.ACTIVITY)).isCloseTo(1.2998333258410404, within(1e-12));
        assertThat(result.multiplicative().get(Effect.STRUCTURE)).isCloseTo(0.9474438955862038, within(1e-12));
        assertThat(result.multiplicative().get(Effect.INTENSITY)).isCloseTo(0.9038441408151108, within(1e-12));
        assertThat(result.multiplicative().get(Effect.ENERGY_MIX)).isCloseTo(0.9702620364629762, within(1e-12));
        double product = result.multiplicative().values().stream().mapToDouble(Double::doubleValue).reduce(1, (a, b) -> a * b);
        assertThat(product).isCloseTo(1.08, within(1e-9));
        // the link between the two: ΔC_x / ln D_x = L(C^T, C^0) for every factor
        double l = LmdiDecomposition.logMean(1080, 1000);
        for (Effect effect : Effect.values()) {
            assertThat(result.additive().get(effect) / Math.log(result.multiplicative().get(effect))).isCloseTo(l, within(1e-6));
        }
    }

    @Test
    void theLogarithmicMeanHasItsLimits() {
        assertThat(LmdiDecomposition.logMean(5, 5)).isEqualTo(5);
        assertThat(LmdiDecomposition.logMean(5, 0)).isZero();
        assertThat(LmdiDecomposition.logMean(0, 5)).isZero();
        assertThat(LmdiDecomposition.logMean(Math.E, 1)).isCloseTo(Math.E - 1, within(1e-12));
    }

    @Test
    void aNewSectorGivesItsWholeEmissionsToStructureAndTheDecompositionStaysExact() {
        Map<String, SectorYear> target = Map.of("industry", new SectorYear(700, 320, 830), "services", new SectorYear(600, 130, 250),
                "hydrogen", new SectorYear(50, 20, 15));
        LmdiDecomposition.Result result = LmdiDecomposition.decompose(BASE, target);
        assertThat(LmdiDecomposition.sectorEffects(new SectorYear(0, 0, 0), new SectorYear(50, 20, 15), 1000, 1350))
                .containsEntry(Effect.STRUCTURE, 15.0).containsEntry(Effect.ACTIVITY, 0.0).containsEntry(Effect.INTENSITY, 0.0);
        double sum = result.additive().values().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(sum).isCloseTo(result.change(), within(1e-9 * result.emissionsT()));
    }

    @Test
    void aSectorThatDisappearsTakesItsEmissionsAwayThroughStructure() {
        Map<String, SectorYear> target = Map.of("industry", new SectorYear(700, 320, 830));
        LmdiDecomposition.Result result = LmdiDecomposition.decompose(BASE, target);
        assertThat(result.change()).isEqualTo(-170.0);
        double sum = result.additive().values().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(sum).isCloseTo(-170.0, within(1e-9 * 1000));
    }

    @Test
    void negativeValuesAndProcessOnlyEmissionsAreExcludedWithTheirReason() {
        Map<String, SectorYear> base = Map.of("industry", new SectorYear(600, 300, 800), "forest", new SectorYear(10, 0, -50),
                "cement-process", new SectorYear(100, 0, 40));
        Map<String, SectorYear> target = Map.of("industry", new SectorYear(700, 320, 830), "forest", new SectorYear(10, 0, -60),
                "cement-process", new SectorYear(110, 0, 44));
        LmdiDecomposition.Result result = LmdiDecomposition.decompose(base, target);
        assertThat(result.excluded()).extracting(LmdiDecomposition.Excluded::sector).containsExactlyInAnyOrder("forest", "cement-process");
        assertThat(result.emissions0()).isEqualTo(800);
        assertThat(result.change()).isEqualTo(30);
    }

    @Test
    void nothingToDecomposeIsRefused() {
        assertThatThrownBy(() -> LmdiDecomposition.decompose(Map.of(), Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("activity");
    }
}
