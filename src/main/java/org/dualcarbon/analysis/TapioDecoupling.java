package org.dualcarbon.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Tapio decoupling elasticity e = %ΔC / %ΔGDP = ((C1 − C0)/C0) / ((G1 − G0)/G0) and its state (domain.md §6.1).
 * The state is read from the signs of ΔC and ΔGDP first, then from e against 0.8 and 1.2 — the closed interval
 * [0.8, 1.2] is coupling, the platform's convention (the literature differs; output says so). Decimal arithmetic
 * throughout: binary floating point would put 0.04/0.05 just below 0.8. GDP must be at constant prices.
 * Emissions that did not change (ΔC = 0) give e = 0: weak decoupling when GDP grew, weak negative decoupling when it
 * fell — also the platform's convention, as the table has no row for ΔC = 0.
 */
public final class TapioDecoupling {

    /** The convention shown beside every result. */
    public static final String CONVENTION = "e = %ΔC/%ΔGDP；0.8 ≤ e ≤ 1.2 为连接（闭区间，平台约定）；ΔGDP = 0 时无法判定；GDP 按可比价";

    static final BigDecimal LOWER = new BigDecimal("0.8");
    static final BigDecimal UPPER = new BigDecimal("1.2");
    private static final MathContext MC = MathContext.DECIMAL64;

    private TapioDecoupling() {
    }

    /** One period's result: the relative changes, the elasticity (null when undefined) and the state. */
    public record Result(BigDecimal emissionChange, BigDecimal gdpChange, BigDecimal elasticity, DecouplingState state) {

        /** The elasticity to 4 decimals for display, or null. */
        public BigDecimal elasticityRounded() {
            return elasticity == null ? null : elasticity.setScale(4, RoundingMode.HALF_UP);
        }
    }

    /**
     * Classifies the period from emissions {@code c0 → c1} and constant-price GDP {@code g0 → g1}.
     *
     * @throws IllegalArgumentException when a base value is not positive (a relative change needs a positive base)
     */
    public static Result classify(BigDecimal c0, BigDecimal c1, BigDecimal g0, BigDecimal g1) {
        requirePositive(c0, "基期排放 C0");
        requirePositive(g0, "基期GDP G0");
        requireNonNegative(c1, "末期排放 C1");
        requireNonNegative(g1, "末期GDP G1");
        BigDecimal dc = c1.subtract(c0).divide(c0, MC);
        BigDecimal dg = g1.subtract(g0).divide(g0, MC);
        if (dg.signum() == 0) {
            return new Result(dc, dg, null, DecouplingState.UNDEFINED);
        }
        BigDecimal e = dc.divide(dg, MC);
        return new Result(dc, dg, e, state(dc.signum(), dg.signum(), e));
    }

    static DecouplingState state(int emissions, int gdp, BigDecimal e) {
        if (gdp > 0) {
            if (emissions < 0) {
                return DecouplingState.STRONG_DECOUPLING;
            }
            if (e.compareTo(LOWER) < 0) {
                return DecouplingState.WEAK_DECOUPLING;
            }
            return e.compareTo(UPPER) <= 0 ? DecouplingState.EXPANSIVE_COUPLING : DecouplingState.EXPANSIVE_NEGATIVE_DECOUPLING;
        }
        if (emissions > 0) {
            return DecouplingState.STRONG_NEGATIVE_DECOUPLING;
        }
        if (e.compareTo(LOWER) < 0) {
            return DecouplingState.WEAK_NEGATIVE_DECOUPLING;
        }
        return e.compareTo(UPPER) <= 0 ? DecouplingState.RECESSIVE_COUPLING : DecouplingState.RECESSIVE_DECOUPLING;
    }

    private static void requirePositive(BigDecimal value, String name) {
        if (value == null || value.signum() <= 0) {
            throw new IllegalArgumentException(name + " 须大于0 / must be positive, was " + value);
        }
    }

    private static void requireNonNegative(BigDecimal value, String name) {
        if (value == null || value.signum() < 0) {
            throw new IllegalArgumentException(name + " 不能为负 / must not be negative, was " + value);
        }
    }
}
