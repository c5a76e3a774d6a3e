package org.dualcarbon.common.identifiers;

import java.util.regex.Pattern;

/**
 * 行政区划代码, GB/T 2260: six digits — province (2), city (2), county-level division (2).
 * A province ends in 0000, a city (prefecture level) in 00.
 */
public record DivisionCode(String value) {

    private static final Pattern SIX_DIGITS = Pattern.compile("^[1-9][0-9]{5}$");

    public DivisionCode {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("行政区划代码应为6位数字 / a division code has six digits: " + value);
        }
    }

    public static boolean isWellFormed(String value) {
        return value != null && SIX_DIGITS.matcher(value).matches();
    }

    public Level level() {
        if (value.endsWith("0000")) {
            return Level.PROVINCE;
        }
        return value.endsWith("00") ? Level.CITY : Level.DISTRICT;
    }

    public String provinceCode() {
        return value.substring(0, 2) + "0000";
    }

    public String cityCode() {
        return value.substring(0, 4) + "00";
    }

    /** Province, prefecture-level city, county-level division (区/县/县级市). */
    public enum Level { PROVINCE, CITY, DISTRICT }
}
