package org.dualcarbon.security;

/**
 * The platform's roles (design.md). Government officials work at the level of the division they are bound to
 * (province, city or county); the public has no account and no role.
 */
public enum Role {
    GOV_OFFICIAL("政府主管部门", "Government official", "govOfficial"),
    PARK_MANAGER("园区管理者", "Park manager", "parkManager"),
    ENTERPRISE_FILLER("企业填报员", "Enterprise filler", "enterpriseFiller"),
    ENTERPRISE_MANAGER("企业管理者", "Enterprise manager", "enterpriseManager"),
    VERIFIER("第三方核查机构", "Verifier", "verifier"),
    RULE_AUTHOR("规则编写者", "Rule author", "ruleAuthor"),
    AUDITOR("审计人员", "Auditor", "auditor"),
    SYSTEM_ADMIN("系统管理员", "System administrator", "camunda-admin"),
    SECURITY_ADMIN("安全管理员", "Security administrator", "securityAdmin"),
    AUDIT_ADMIN("审计管理员", "Audit administrator", "auditAdmin");

    private final String nameZh;
    private final String nameEn;
    private final String engineGroupId;

    Role(String nameZh, String nameEn, String engineGroupId) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.engineGroupId = engineGroupId;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** The process engine's group for this role; the system administrator's is Camunda's admin group. */
    public String engineGroupId() {
        return engineGroupId;
    }
}
