package org.dualcarbon.organization;

/** An industrial park (园区) inside a county-level division. */
public record Park(Long id, String code, String name, String regionCode, String regionName, String parkLevel,
                   String path, long enterpriseCount) {
}
