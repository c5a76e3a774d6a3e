package org.dualcarbon.energy;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Conversion of an energy quantity to tonnes of standard coal equivalent (吨标准煤, tce) with the GB/T 2589
 * coefficient of its item: tce = quantity × coefficient. Results are kept at 4 decimals (0.1 kgce).
 */
public final class StandardCoal {

    public static final int SCALE = 4;

    private StandardCoal() {
    }

    public static BigDecimal tonnes(ActivityItem item, BigDecimal quantity) {
        if (!item.isEnergy() || item.tcePerUnit() == null) {
            throw new IllegalArgumentException(item.code() + " is not an energy item with a standard-coal coefficient");
        }
        return quantity.multiply(item.tcePerUnit()).setScale(SCALE, RoundingMode.HALF_UP);
    }
}
