package org.dualcarbon.common.identifiers;

/**
 * 组织机构代码 (organisation code), GB 11714-1997: 8 body characters and a check character.
 * C9 = 11 − (Σ Ci × Wi mod 11) with weights 3, 7, 9, 10, 5, 8, 4, 2; digits count as their value and
 * capital letters A–Z as 10–35; 10 is written X and 11 as 0. Used to build realistic demo codes.
 */
public final class OrganizationCode {

    private static final int[] WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private OrganizationCode() {
    }

    public static char checkCharacter(String body8) {
        if (body8.length() != 8) {
            throw new IllegalArgumentException("need 8 characters");
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = body8.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += value * WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }
}
