package org.dualcarbon.monitoring.hj212;

/**
 * Why a received frame was rejected (拒收原因), in the order the parser checks. Each code has a Chinese and an English
 * label; {@link Hj212ParseResult.Rejected#reason()} adds the detail.
 */
public enum Hj212RejectionCode {

    /** Larger than the parser's maximum frame size, or a data segment over 9999 characters (domain.md §8.1). */
    TOO_LARGE("报文超长", "frame too large"),
    /** Empty input, or the frame ends before its declared data segment and CRC are complete. */
    TRUNCATED("报文不完整", "truncated frame"),
    /** A byte that is not printable ASCII (a control character, or anything above 0x7E) outside the final CR LF. */
    INVALID_CHARACTER("非法字符", "invalid character"),
    /** The frame does not start with {@code ##}. */
    BAD_HEADER("包头错误", "bad header"),
    /** The 4 characters after {@code ##} are not decimal digits. */
    BAD_LENGTH_FIELD("数据段长度字段错误", "bad length field"),
    /** The length field differs from the number of characters in the data segment. */
    LENGTH_MISMATCH("数据段长度不符", "length mismatch"),
    /** The frame ends without CR LF and the device is not allowed {@link Hj212Deviation#MISSING_CRLF}. */
    MISSING_CRLF("缺少包尾", "missing CR LF"),
    /** The 4 characters before CR LF are not hex digits. */
    BAD_CRC_FIELD("CRC字段格式错误", "bad CRC field"),
    /** The CRC is not the HJ 212 CRC of the segment (nor an allowed MODBUS variant). */
    CRC_MISMATCH("CRC校验失败", "CRC mismatch"),
    /** The data segment is not {@code KEY=VALUE;...;CP=&&...&&}: an empty, unnamed, unknown or repeated field. */
    MALFORMED_SEGMENT("数据段格式错误", "malformed data segment"),
    /** A mandatory field is absent: QN, ST, CN, PW, MN, Flag, CP, and PNUM/PNO when Flag marks a split packet. */
    MISSING_FIELD("缺少必填字段", "missing field"),
    /** A field has a value the standard does not allow (e.g. QN not a timestamp, CN not 4 digits). */
    INVALID_FIELD("字段值非法", "invalid field value"),
    /** The CP data area is malformed: not {@code &&...&&}, a bad item, number, data flag or DataTime, a repeat. */
    INVALID_CP("数据区格式错误", "invalid CP data"),
    /** CP carries a code missing from {@link Hj212Codes} and the device is not allowed unknown codes. */
    UNKNOWN_CODE("未知监测因子编码", "unknown pollutant code");

    private final String chineseLabel;
    private final String englishLabel;

    Hj212RejectionCode(String chineseLabel, String englishLabel) {
        this.chineseLabel = chineseLabel;
        this.englishLabel = englishLabel;
    }

    public String chineseLabel() {
        return chineseLabel;
    }

    public String englishLabel() {
        return englishLabel;
    }
}
