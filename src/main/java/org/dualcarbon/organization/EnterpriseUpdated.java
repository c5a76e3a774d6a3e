package org.dualcarbon.organization;

/**
 * An enterprise's registration changed inside the publishing transaction — its division, park or industry may differ,
 * and with them every figure rolled up by organisation or sector.
 */
public record EnterpriseUpdated(long enterpriseId) {
}
