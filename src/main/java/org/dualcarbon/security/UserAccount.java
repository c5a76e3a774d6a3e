package org.dualcarbon.security;

/**
 * A user account and the organisation it is bound to: a division for officials and auditors, a park for park
 * managers, an enterprise for enterprise users, a group for group managers.
 */
public record UserAccount(Long id, String username, String displayName, Role role, String regionCode, Long parkId,
                          Long enterpriseId, Long groupId, boolean enabled, String locale) {
}
