package org.dualcarbon.organization;

/** An enterprise group (企业集团); its subsidiaries are the enterprises that name it. */
public record EnterpriseGroup(Long id, String uscc, String name, String regionCode, long subsidiaryCount) {
}
