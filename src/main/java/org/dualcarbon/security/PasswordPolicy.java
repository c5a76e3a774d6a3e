package org.dualcarbon.security;

import java.util.Optional;

/**
 * Password complexity for GB/T 22239-2019 §8.1.4.1 a): at least 8 characters from at least three of upper case,
 * lower case, digits and symbols (project default, security.md §1.1).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;

    private PasswordPolicy() {
    }

    public static Optional<String> problem(String password) {
        return problem(password, MIN_LENGTH, 3);
    }

    /** Checks against the policy in force (length and number of character classes the security administrator set). */
    public static Optional<String> problem(String password, SecurityPolicy policy) {
        return problem(password, policy.minLength(), policy.charClasses());
    }

    private static Optional<String> problem(String password, int minLength, int requiredClasses) {
        if (password == null || password.length() < minLength) {
            return Optional.of("密码至少" + minLength + "位 / at least " + minLength + " characters");
        }
        int classes = 0;
        classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (classes < requiredClasses) {
            return Optional.of("密码须含大写字母、小写字母、数字、符号中的至少" + requiredClasses + "类 / use at least " + requiredClasses
                    + " of upper case, lower case, digits, symbols");
        }
        return Optional.empty();
    }
}
