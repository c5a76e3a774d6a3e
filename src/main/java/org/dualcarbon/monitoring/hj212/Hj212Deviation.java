package org.dualcarbon.monitoring.hj212;

/**
 * A known way in which field devices depart from HJ 212-2017 (偏差). A frame that is acceptable only through a
 * deviation is accepted when the device's {@link Hj212Compatibility} allows it, and the result lists the deviation so
 * that each stored reading can record it; under {@link Hj212Compatibility#STRICT} the same frame is rejected.
 *
 * <p>Not a deviation: a lowercase CRC. domain.md §8.2 asks receivers to compare the CRC case-insensitively, so
 * lowercase hex digits are accepted under STRICT.
 */
public enum Hj212Deviation {

    /** The CRC field holds the standard CRC-16/MODBUS of the segment, printed most significant byte first. */
    MODBUS_CRC("CRC为CRC-16/MODBUS", "CRC is CRC-16/MODBUS instead of the HJ 212 CRC (domain.md §8.2)"),
    /** The CRC field holds CRC-16/MODBUS with its two bytes swapped (the MODBUS RTU wire order, low byte first). */
    MODBUS_CRC_SWAPPED("CRC为字节交换的CRC-16/MODBUS",
            "CRC is CRC-16/MODBUS with its bytes swapped (low byte first)"),
    /** The frame ends after the CRC without the CR LF terminator (domain.md §8.1). */
    MISSING_CRLF("缺少包尾回车换行", "frame has no CR LF terminator"),
    /** QN carries local time to the second (14 digits, yyyyMMddHHmmss) instead of yyyyMMddHHmmssSSS (17 digits). */
    LOCAL_TIME_WITHOUT_MS("QN缺少毫秒", "QN is yyyyMMddHHmmss (14 digits) without milliseconds"),
    /** CP carries codes that {@link Hj212Codes} does not know; they are kept in the frame and marked unknown. */
    UNKNOWN_CODES_ALLOWED("含未知编码", "CP carries codes missing from the code table");

    private final String chineseName;
    private final String description;

    Hj212Deviation(String chineseName, String description) {
        this.chineseName = chineseName;
        this.description = description;
    }

    public String chineseName() {
        return chineseName;
    }

    public String description() {
        return description;
    }
}
