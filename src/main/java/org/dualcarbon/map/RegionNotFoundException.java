package org.dualcarbon.map;

import org.dualcarbon.common.web.NotFoundException;

/** The region code names no division, or one outside the caller's scope: the same answer for both. */
public class RegionNotFoundException extends NotFoundException {

    private final String code;

    public RegionNotFoundException(String code) {
        super("region", code);
        this.code = code == null ? "" : code.length() > 20 ? code.substring(0, 20) : code;
    }

    /** What the caller sees: the code (at most 20 characters of it) and that it is unknown or outside the scope. */
    public String explanation() {
        return "行政区划" + code + "不存在或不在您的管辖范围内 / region " + code + " is unknown or outside your scope";
    }
}
