package org.dualcarbon.security;

/**
 * An account was created (with its role, i.e. its permissions, and scope) or enabled/disabled by the system
 * administrator; published in the changing transaction so that the audit log records it with the change.
 */
public record UserAccountChanged(String username, String change, Role role, String changedBy) {

    public static final String CREATED = "USER_CREATED";
    public static final String ENABLED = "USER_ENABLED";
    public static final String DISABLED = "USER_DISABLED";
}
