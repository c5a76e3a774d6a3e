package org.dualcarbon.personaldata;

/**
 * Masked display of personal data (GB/T 35273-2020 §7.2 展示限制): a name keeps its first character (张*, 欧阳**), a
 * mobile number its first three and last four digits (138****5678), an e-mail its first character and domain
 * (a***@example.com).
 */
public final class Masking {

    private Masking() {
    }

    public static String name(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
    }

    public static String phone(String phone) {
        if (phone == null || phone.length() < 8) {
            return phone == null ? null : "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }

    public static String email(String email) {
        if (email == null || email.isEmpty()) {
            return email;
        }
        int at = email.indexOf('@');
        return at <= 0 ? "***" : email.charAt(0) + "***" + email.substring(at);
    }
}
