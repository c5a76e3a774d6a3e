package org.dualcarbon.monitoring.hj212;

import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the HJ 212-2017 code table (监测因子编码): the code, its names, the unit of Rtd/Avg/Min/Max values, the
 * unit of Cou values (empty for quantities that are not summed) and the source of the entry.
 */
public record Hj212Pollutant(String code, String chineseName, String englishName, String unit,
                             Optional<String> cumulativeUnit, String source) {

    public Hj212Pollutant {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(chineseName, "chineseName");
        Objects.requireNonNull(englishName, "englishName");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(cumulativeUnit, "cumulativeUnit");
        Objects.requireNonNull(source, "source");
    }
}
