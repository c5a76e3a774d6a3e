package org.dualcarbon.security;

import static org.dualcarbon.security.Permission.ACTIVITY_READ;
import static org.dualcarbon.security.Permission.ACTIVITY_SUBMIT;
import static org.dualcarbon.security.Permission.AUDIT_LOG_READ;
import static org.dualcarbon.security.Permission.ENGINE_ADMIN;
import static org.dualcarbon.security.Permission.LEDGER_VERIFY;
import static org.dualcarbon.security.Permission.OPERATIONS;
import static org.dualcarbon.security.Permission.ORG_MANAGE;
import static org.dualcarbon.security.Permission.ORG_READ;
import static org.dualcarbon.security.Permission.PROCESS_HISTORY_READ;
import static org.dualcarbon.security.Permission.REPORT_APPROVE;
import static org.dualcarbon.security.Permission.REPORT_LAUNCH;
import static org.dualcarbon.security.Permission.REPORT_VERIFY;
import static org.dualcarbon.security.Permission.RULE_EDIT;
import static org.dualcarbon.security.Permission.SECURITY_POLICY;
import static org.dualcarbon.security.Permission.TASKLIST;
import static org.dualcarbon.security.Permission.UNIT_MANAGE;
import static org.dualcarbon.security.Permission.USER_MANAGE;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one role × permission matrix. 三员分立: the system, security and audit administrators share no
 * permission, and none of them has a business permission beyond reading base data (system administrator).
 */
public final class PermissionMatrix {

    private static final Map<Role, Set<Permission>> GRANTS = new EnumMap<>(Role.class);

    static {
        GRANTS.put(Role.GOV_OFFICIAL, EnumSet.of(ORG_READ, ORG_MANAGE, UNIT_MANAGE, ACTIVITY_READ, TASKLIST,
                REPORT_LAUNCH, REPORT_APPROVE, PROCESS_HISTORY_READ));
        GRANTS.put(Role.PARK_MANAGER, EnumSet.of(ORG_READ, ORG_MANAGE, UNIT_MANAGE, ACTIVITY_READ, TASKLIST));
        GRANTS.put(Role.ENTERPRISE_FILLER, EnumSet.of(ORG_READ, ACTIVITY_READ, ACTIVITY_SUBMIT, TASKLIST));
        GRANTS.put(Role.ENTERPRISE_MANAGER, EnumSet.of(ORG_READ, UNIT_MANAGE, ACTIVITY_READ, ACTIVITY_SUBMIT, TASKLIST));
        GRANTS.put(Role.VERIFIER, EnumSet.of(ORG_READ, ACTIVITY_READ, TASKLIST, REPORT_VERIFY));
        GRANTS.put(Role.RULE_AUTHOR, EnumSet.of(RULE_EDIT, TASKLIST));
        GRANTS.put(Role.AUDITOR, EnumSet.of(ORG_READ, ACTIVITY_READ, PROCESS_HISTORY_READ, AUDIT_LOG_READ, LEDGER_VERIFY));
        GRANTS.put(Role.SYSTEM_ADMIN, EnumSet.of(ORG_READ, ORG_MANAGE, USER_MANAGE, ENGINE_ADMIN, OPERATIONS));
        GRANTS.put(Role.SECURITY_ADMIN, EnumSet.of(SECURITY_POLICY));
        GRANTS.put(Role.AUDIT_ADMIN, EnumSet.of(AUDIT_LOG_READ, LEDGER_VERIFY, PROCESS_HISTORY_READ));
    }

    private PermissionMatrix() {
    }

    public static Set<Permission> of(Role role) {
        return Set.copyOf(GRANTS.get(role));
    }

    public static boolean allows(Role role, Permission permission) {
        return GRANTS.get(role).contains(permission);
    }
}
