package org.dualcarbon.monitoring.hj212;

import java.util.Optional;

/**
 * The data flag of a CP item ({@code a21026-Flag=N}, 数据标记): the state of the instrument when the value was taken
 * (domain.md §8.1, {@code [secondary: packets/queries in public code]}).
 */
public enum Hj212DataFlag {

    N("正常", "normal", Validity.VALID),
    F("停运", "stopped", Validity.INVALID),
    M("维护", "maintenance", Validity.INVALID),
    S("手工输入", "manual input", Validity.INVALID),
    D("故障", "fault", Validity.INVALID),
    C("校准", "calibration", Validity.INVALID),
    /** Over the measuring range: the value is kept as measured but marked, and does not count as valid. */
    T("超测上限", "over measuring range", Validity.FLAGGED),
    B("通讯异常", "communication fault", Validity.INVALID);

    /** How a value under this flag counts. */
    public enum Validity {
        /** A valid measurement. */
        VALID,
        /** Stored as measured but marked (over range); not valid. */
        FLAGGED,
        /** Not a valid measurement. */
        INVALID
    }

    private final String chineseName;
    private final String englishName;
    private final Validity validity;

    Hj212DataFlag(String chineseName, String englishName, Validity validity) {
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.validity = validity;
    }

    /** The flag a CP value names: exactly one of the uppercase letters N F M S D C T B. */
    public static Optional<Hj212DataFlag> ofLetter(String letter) {
        for (Hj212DataFlag flag : values()) {
            if (flag.name().equals(letter)) {
                return Optional.of(flag);
            }
        }
        return Optional.empty();
    }

    public String letter() {
        return name();
    }

    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }

    public Validity validity() {
        return validity;
    }

    /** Only N (normal) marks a valid value. */
    public boolean isValid() {
        return validity == Validity.VALID;
    }
}
