package org.dualcarbon.security;

/** Published when the security administrator puts a new policy version in force (audited by the audit module). */
public record SecurityPolicyChanged(SecurityPolicy before, SecurityPolicy after) {
}
