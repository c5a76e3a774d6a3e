package org.dualcarbon.common.identifiers;

import java.util.Optional;

/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters — registration authority (1),
 * organisation type (1), registration authority's administrative division code (6, GB/T 2260),
 * organisation code (9, GB 11714), check character (1).
 * <p>
 * Check character per GB 32100-2015 §4.2 and Annex: C18 = 31 − (Σ Ci × Wi mod 31), with the code
 * alphabet "0123456789ABCDEFGHJKLMNPQRTUWXY" (31 characters; I, O, S, V, Z are never used) and weights
 * Wi = 3^(i−1) mod 31 for i = 1…17; a result of 31 is written as 0.
 */
public final class UnifiedSocialCreditCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private UnifiedSocialCreditCode() {
    }

    /** Empty when the code is valid; otherwise the reason, in words a filler can act on. */
    public static Optional<String> problem(String code) {
        if (code == null || code.isBlank()) {
            return Optional.of("统一社会信用代码不能为空 / the code is required");
        }
        if (code.length() != 18) {
            return Optional.of("统一社会信用代码应为18位，实际" + code.length() + "位 / must have 18 characters");
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Optional.of("第" + (i + 1) + "位字符“" + code.charAt(i) + "”不在GB 32100代码字符集中 / character "
                        + (i + 1) + " is not allowed (I, O, S, V, Z and lower case are never used)");
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return Optional.of("第3–8位应为行政区划代码（数字） / characters 3–8 must be the division code (digits)");
            }
        }
        char expected = checkCharacter(code.substring(0, 17));
        if (code.charAt(17) != expected) {
            return Optional.of("校验码错误：应为“" + expected + "” / wrong check character, expected " + expected);
        }
        return Optional.empty();
    }

    public static boolean isValid(String code) {
        return problem(code).isEmpty();
    }

    /** The 18th character for the first 17. */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("need 17 characters");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("character not in the GB 32100 alphabet: " + first17.charAt(i));
            }
            sum += value * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }
}
