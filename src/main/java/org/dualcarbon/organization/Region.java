package org.dualcarbon.organization;

import org.dualcarbon.common.identifiers.DivisionCode;

/** An administrative division (行政区划) with its GB/T 2260 code and its path from the province down. */
public record Region(String code, String name, DivisionCode.Level level, String parentCode, String path) {
}
