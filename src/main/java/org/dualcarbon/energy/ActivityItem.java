package org.dualcarbon.energy;

import java.math.BigDecimal;

/**
 * An item a unit reports monthly. Energy items carry {@code tcePerUnit} (tonnes of standard coal equivalent
 * per {@code unit}) with the source and its verification status, which pages show beside every figure.
 */
public record ActivityItem(String code, ItemKind kind, String energyGroup, String nameZh, String nameEn, String unit,
                           BigDecimal tcePerUnit, String tceSource, String tceStatus, int sortOrder) {

    public boolean isEnergy() {
        return kind == ItemKind.ENERGY;
    }

    /** ENERGY, PROCESS_INPUT or PRODUCT. */
    public enum ItemKind { ENERGY, PROCESS_INPUT, PRODUCT }
}
