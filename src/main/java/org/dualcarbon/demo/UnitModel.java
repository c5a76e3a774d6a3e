package org.dualcarbon.demo;

import java.util.Map;

/**
 * How one kind of unit behaves in a month of normal operation: the quantity of each item it reports, in the
 * item's unit, for a given capacity. Trend, noise and anomalies are applied by the generator.
 */
@FunctionalInterface
interface UnitModel {

    Map<String, Double> month(double capacity, int month);

    /** Heating season in Ningxia: November to March. */
    static boolean heating(int month) {
        return month >= 11 || month <= 3;
    }

    /** Power demand peaks in winter and summer. */
    static double powerDemand(int month) {
        return 1 + 0.08 * Math.cos(2 * Math.PI * (month - 1) / 6.0);
    }

    /** Industry slows around the Spring Festival. */
    static double industry(int month) {
        return month == 2 ? 0.85 : 1.0;
    }

    /** Northern cement kilns stop in turns over winter (错峰生产). */
    static double cementStagger(int month) {
        return switch (month) {
            case 1 -> 0.25;
            case 2 -> 0.2;
            case 12 -> 0.6;
            case 3 -> 0.9;
            default -> 1.0;
        };
    }

    /** Cooling load of buildings, highest in July. */
    static double cooling(int month) {
        return 1 + 0.3 * Math.max(0, Math.cos(2 * Math.PI * (month - 7) / 12.0));
    }
}
