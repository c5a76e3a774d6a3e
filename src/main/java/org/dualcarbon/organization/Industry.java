package org.dualcarbon.organization;

/**
 * An entry of GB/T 4754-2017 国民经济行业分类: a section letter, or a 2-digit division, 3-digit group or
 * 4-digit class code. {@code sector} groups classes into the platform's reporting sectors.
 */
public record Industry(String code, String name, String level, String parentCode, String sector) {
}
