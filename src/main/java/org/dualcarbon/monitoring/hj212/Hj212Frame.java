package org.dualcarbon.monitoring.hj212;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One HJ 212 frame's data segment (数据段, domain.md §8.1):
 * {@code QN=…;ST=..;CN=....;PW=…;MN=…;Flag=.;[PNUM=..;PNO=..;]CP=&&…&&}.
 *
 * <ul>
 *   <li>{@code qn} request id, {@code yyyyMMddHHmmssSSS} (17 digits; 14 only from devices with
 *       {@link Hj212Deviation#LOCAL_TIME_WITHOUT_MS});</li>
 *   <li>{@code st} system code, 2 digits ({@link Hj212Systems}); {@code cn} command, 4 digits
 *       ({@link Hj212Commands});</li>
 *   <li>{@code pw} access password, {@code mn} device id;</li>
 *   <li>{@code flag} version and D/A bits; {@code split} PNUM/PNO, present exactly when the D bit is set;</li>
 *   <li>{@code cp} the data.</li>
 * </ul>
 * Every instance is well-formed: the constructor refuses what a frame cannot carry, so any frame encodes (if its
 * segment fits 9999 characters). {@link #toString()} hides the password.
 */
public record Hj212Frame(String qn, String st, String cn, String pw, String mn, Hj212Flag flag,
                         Hj212PacketSplit split, Hj212Cp cp) {

    /** The 4-digit length field caps the data segment at 9999 characters (domain.md §8.1). */
    public static final int MAX_SEGMENT_LENGTH = 9999;

    public Hj212Frame {
        if (Syntax.timestamp(qn) == null) {
            throw new IllegalArgumentException("QN must be a timestamp yyyyMMddHHmmssSSS, got '" + qn + "'");
        }
        if (!Syntax.isDigits(st, 2)) {
            throw new IllegalArgumentException("ST must be 2 digits, got '" + st + "'");
        }
        if (!Syntax.isDigits(cn, 4)) {
            throw new IllegalArgumentException("CN must be 4 digits, got '" + cn + "'");
        }
        if (!Syntax.isValueText(pw) || !Syntax.isValueText(mn)) {
            throw new IllegalArgumentException("PW and MN must be printable ASCII without ; , = &");
        }
        Objects.requireNonNull(flag, "flag");
        Objects.requireNonNull(cp, "cp");
        if (flag.splitPacket() != (split != null)) {
            throw new IllegalArgumentException("PNUM/PNO must be present exactly when the Flag D bit is set (Flag="
                    + flag.value() + ", split=" + split + ")");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** QN for a request made at this local time: {@code yyyyMMddHHmmssSSS}. */
    public static String qnAt(LocalDateTime time) {
        if (!Syntax.hasFourDigitYear(time)) {
            throw new IllegalArgumentException("QN needs a 4-digit year, got " + time);
        }
        return Syntax.milliseconds(time);
    }

    /** The local time QN encodes (milliseconds are zero for a 14-digit QN). */
    public LocalDateTime qnTime() {
        return Syntax.timestamp(qn);
    }

    public Builder toBuilder() {
        return new Builder().qn(qn).st(st).cn(cn).pw(pw).mn(mn).flag(flag).split(split).cp(cp);
    }

    @Override
    public String toString() {
        return "Hj212Frame[qn=" + qn + ", st=" + st + ", cn=" + cn + ", pw=***, mn=" + mn + ", flag=" + flag.value()
                + ", split=" + split + ", cp=" + cp + "]";
    }

    /** Names each field, so that ST and CN, both digits, cannot be swapped by position. */
    public static final class Builder {

        private String qn;
        private String st;
        private String cn;
        private String pw;
        private String mn;
        private Hj212Flag flag;
        private Hj212PacketSplit split;
        private Hj212Cp cp = Hj212Cp.EMPTY;

        private Builder() {
        }

        public Builder qn(String qn) {
            this.qn = qn;
            return this;
        }

        public Builder qnAt(LocalDateTime time) {
            return qn(Hj212Frame.qnAt(time));
        }

        public Builder st(String st) {
            this.st = st;
            return this;
        }

        public Builder cn(String cn) {
            this.cn = cn;
            return this;
        }

        public Builder pw(String pw) {
            this.pw = pw;
            return this;
        }

        public Builder mn(String mn) {
            this.mn = mn;
            return this;
        }

        public Builder flag(Hj212Flag flag) {
            this.flag = flag;
            return this;
        }

        public Builder split(Hj212PacketSplit split) {
            this.split = split;
            return this;
        }

        public Builder cp(Hj212Cp cp) {
            this.cp = cp;
            return this;
        }

        /** @throws IllegalArgumentException naming the field a frame cannot carry */
        public Hj212Frame build() {
            return new Hj212Frame(qn, st, cn, pw, mn, flag, split, cp);
        }
    }
}
