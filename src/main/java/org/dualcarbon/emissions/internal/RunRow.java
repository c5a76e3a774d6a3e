package org.dualcarbon.emissions.internal;

import java.math.BigDecimal;
import org.dualcarbon.common.scope.ScopedRow;

/** A run as written; MyBatis fills the generated id. */
public class RunRow implements ScopedRow {
    private Long id;
    private final long unitId;
    private final long enterpriseId;
    private final int year;
    private final String sectorModule;
    private final String gwpSet;
    private final String reportingStandard;
    private final BigDecimal energyTce;
    private final String libraries;
    private final BigDecimal total;
    private final BigDecimal totalMarket;
    private final BigDecimal direct;
    private final BigDecimal indirect;
    private final String notAccounted;
    private final String createdBy;
    private final String scopePath;

    @SuppressWarnings("checkstyle:ParameterNumber")
    public RunRow(long unitId, long enterpriseId, int year, String sectorModule, String reportingStandard, String gwpSet,
                  String libraries, BigDecimal total, BigDecimal totalMarket, BigDecimal direct, BigDecimal indirect,
                  BigDecimal energyTce, String notAccounted, String createdBy, String scopePath) {
        this.reportingStandard = reportingStandard;
        this.energyTce = energyTce;
        this.unitId = unitId;
        this.enterpriseId = enterpriseId;
        this.year = year;
        this.sectorModule = sectorModule;
        this.gwpSet = gwpSet;
        this.libraries = libraries;
        this.total = total;
        this.totalMarket = totalMarket;
        this.direct = direct;
        this.indirect = indirect;
        this.notAccounted = notAccounted;
        this.createdBy = createdBy;
        this.scopePath = scopePath;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public long getUnitId() { return unitId; }
    public long getEnterpriseId() { return enterpriseId; }
    public int getYear() { return year; }
    public String getSectorModule() { return sectorModule; }
    public String getGwpSet() { return gwpSet; }
    public String getReportingStandard() { return reportingStandard; }
    public BigDecimal getEnergyTce() { return energyTce; }
    public String getLibraries() { return libraries; }
    public BigDecimal getTotal() { return total; }
    public BigDecimal getTotalMarket() { return totalMarket; }
    public BigDecimal getDirect() { return direct; }
    public BigDecimal getIndirect() { return indirect; }
    public String getNotAccounted() { return notAccounted; }
    public String getCreatedBy() { return createdBy; }
    public String getScopePath() { return scopePath; }

    @Override
    public String scopePath() {
        return scopePath;
    }
}
