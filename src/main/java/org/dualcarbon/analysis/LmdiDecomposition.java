package org.dualcarbon.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * LMDI-I decomposition (Ang 2004, Energy Policy 32:1131–1139; Ang 2005, Energy Policy 33:867–871; domain.md §6.2) of
 * the change in emissions between year 0 and year T over sectors i, on the Kaya-type identity
 * {@code C = Σ_i Q × S_i × I_i × F_i} with activity Q = Σ Q_i, structure S_i = Q_i/Q, energy intensity I_i = E_i/Q_i and
 * emission coefficient (energy mix) F_i = C_i/E_i.
 * <pre>
 * additive        ΔC_x = Σ_i L(C_i^T, C_i^0) × ln(x_i^T / x_i^0),      Σ_x ΔC_x = C^T − C^0
 * multiplicative  D_x  = exp(ΔC_x / L(C^T, C^0)),                        Π_x D_x  = C^T / C^0
 * L(a, b) = (a − b)/(ln a − ln b), L(a, a) = a, L(a, 0) = L(0, b) = 0
 * </pre>
 * Zero values take the analytical limits (Ang &amp; Liu 2007, Energy Policy 35:238–246; marked unverified in
 * domain.md): a sector absent in year 0 contributes its whole C_i^T to the first factor (structure, intensity, mix)
 * that starts from zero, and nothing to the others; a sector that disappears contributes −C_i^0 likewise. Negative
 * values (net sinks) lie outside LMDI-I, and so do emissions without energy use (process emissions): such sectors are
 * excluded and listed. Binary floating point suffices here —
 * the logarithms are not decimal — and the sums are exact to rounding (tests: 1e-9 relative).
 */
public final class LmdiDecomposition {

    /** The four drivers, in the order of the identity. */
    public enum Effect {
        ACTIVITY("规模效应", "activity"), STRUCTURE("结构效应", "structure"), INTENSITY("强度效应", "energy intensity"),
        ENERGY_MIX("能源结构效应", "energy mix (emission coefficient)");

        private final String chinese;
        private final String english;

        Effect(String chinese, String english) {
            this.chinese = chinese;
            this.english = english;
        }

        public String chinese() {
            return chinese;
        }

        public String english() {
            return english;
        }
    }

    /** One sector in one year: its activity (output or value added), energy use and emissions, all ≥ 0. */
    public record SectorYear(double activity, double energy, double emissions) {
    }

    /** A sector left out, and why. */
    public record Excluded(String sector, String reason) {
    }

    /** Additive effects (t CO2e), multiplicative factors, totals, and the sectors left out. */
    public record Result(double emissions0, double emissionsT, Map<Effect, Double> additive, Map<Effect, Double> multiplicative,
                         List<Excluded> excluded) {

        public double change() {
            return emissionsT - emissions0;
        }
    }

    private LmdiDecomposition() {
    }

    /**
     * Decomposes the change from {@code base} to {@code target} (sector name → figures; a sector missing from one year
     * counts as zero there).
     *
     * @throws IllegalArgumentException when nothing is left to decompose (no activity, or no emissions in a year)
     */
    public static Result decompose(Map<String, SectorYear> base, Map<String, SectorYear> target) {
        Set<String> sectors = new TreeSet<>(base.keySet());
        sectors.addAll(target.keySet());
        SectorYear none = new SectorYear(0, 0, 0);
        List<Excluded> excluded = new ArrayList<>();
        Map<String, SectorYear[]> kept = new TreeMap<>();
        for (String sector : sectors) {
            SectorYear y0 = base.getOrDefault(sector, none);
            SectorYear yT = target.getOrDefault(sector, none);
            String negative = outside(y0, "基期") != null ? outside(y0, "基期") : outside(yT, "末期");
            if (negative != null) {
                excluded.add(new Excluded(sector, negative));
            } else {
                kept.put(sector, new SectorYear[] {y0, yT});
            }
        }
        double q0 = kept.values().stream().mapToDouble(y -> y[0].activity()).sum();
        double qT = kept.values().stream().mapToDouble(y -> y[1].activity()).sum();
        double c0 = kept.values().stream().mapToDouble(y -> y[0].emissions()).sum();
        double cT = kept.values().stream().mapToDouble(y -> y[1].emissions()).sum();
        if (q0 <= 0 || qT <= 0) {
            throw new IllegalArgumentException("两个年份都须有活动水平（产值或增加值） / both years need activity");
        }
        if (c0 <= 0 || cT <= 0) {
            throw new IllegalArgumentException("两个年份都须有排放 / both years need emissions");
        }
        Map<Effect, Double> additive = new TreeMap<>();
        for (Effect effect : Effect.values()) {
            additive.put(effect, 0.0);
        }
        for (Map.Entry<String, SectorYear[]> entry : kept.entrySet()) {
            SectorYear y0 = entry.getValue()[0];
            SectorYear yT = entry.getValue()[1];
            sectorEffects(y0, yT, q0, qT).forEach((effect, value) -> additive.merge(effect, value, Double::sum));
        }
        double lTotal = logMean(cT, c0);
        Map<Effect, Double> multiplicative = new TreeMap<>();
        additive.forEach((effect, value) -> multiplicative.put(effect, Math.exp(value / lTotal)));
        return new Result(c0, cT, additive, multiplicative, excluded);
    }

    /** One sector's contribution to each effect, with the analytical limits for zeros. */
    static Map<Effect, Double> sectorEffects(SectorYear y0, SectorYear yT, double q0, double qT) {
        Map<Effect, Double> effects = new TreeMap<>();
        double[] x0 = factors(y0, q0);
        double[] xT = factors(yT, qT);
        if (y0.emissions() > 0 && yT.emissions() > 0) {
            double weight = logMean(yT.emissions(), y0.emissions());
            for (Effect effect : Effect.values()) {
                effects.put(effect, weight * Math.log(xT[effect.ordinal()] / x0[effect.ordinal()]));
            }
            return effects;
        }
        for (Effect effect : Effect.values()) {
            effects.put(effect, 0.0);
        }
        if (y0.emissions() == 0 && yT.emissions() > 0) {
            effects.put(firstZero(x0), yT.emissions());
        } else if (y0.emissions() > 0 && yT.emissions() == 0) {
            effects.put(firstZero(xT), -y0.emissions());
        }
        return effects;
    }

    /** Q, S_i, I_i, F_i; a ratio with a zero denominator is taken as 0 (the factor "starts from nothing"). */
    private static double[] factors(SectorYear y, double q) {
        return new double[] {q, y.activity() / q, ratio(y.energy(), y.activity()), ratio(y.emissions(), y.energy())};
    }

    private static Effect firstZero(double[] x) {
        for (Effect effect : List.of(Effect.STRUCTURE, Effect.INTENSITY, Effect.ENERGY_MIX)) {
            if (x[effect.ordinal()] == 0) {
                return effect;
            }
        }
        // emissions appear or vanish although every factor is non-zero cannot happen (C_i = Q × S × I × F)
        throw new IllegalStateException("inconsistent sector figures: emissions change from or to zero with no zero factor");
    }

    private static double ratio(double numerator, double denominator) {
        return denominator == 0 ? 0 : numerator / denominator;
    }

    /** L(a, b) = (a − b)/(ln a − ln b); L(a, a) = a; L(a, 0) = L(0, b) = 0. */
    static double logMean(double a, double b) {
        if (a <= 0 || b <= 0) {
            return 0;
        }
        if (a == b) {
            return a;
        }
        return (a - b) / (Math.log(a) - Math.log(b));
    }

    private static String outside(SectorYear y, String year) {
        if (y.activity() < 0 || y.energy() < 0 || y.emissions() < 0) {
            return year + "有负值（如净碳汇），不属于LMDI-I的适用范围 / negative value in " + year + ": outside LMDI-I";
        }
        if (y.emissions() > 0 && (y.activity() == 0 || y.energy() == 0)) {
            return year + "有排放但活动水平或能耗为零（如工业过程排放），不满足能源恒等式 / emissions without activity or energy in "
                    + year + ": outside the energy identity";
        }
        return null;
    }
}
