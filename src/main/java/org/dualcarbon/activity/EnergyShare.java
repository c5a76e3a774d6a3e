package org.dualcarbon.activity;

import java.math.BigDecimal;

/** Energy consumption of one slice (an energy group, a sector, an enterprise, a region) in tce. */
public record EnergyShare(String key, String label, BigDecimal tce) {
}
