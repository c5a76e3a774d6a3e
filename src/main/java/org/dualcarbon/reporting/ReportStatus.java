package org.dualcarbon.reporting;

/** Where a unit's report stands in its process. */
public enum ReportStatus {
    OPEN("待填报"), SUBMITTED("已提交"), FLAGGED("有异常待说明"), EXPLAINED("已说明"), VERIFIED("已核查"),
    APPROVED("已批准"), RETURNED("已退回"), CANCELLED("已撤销");

    private final String nameZh;

    ReportStatus(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
