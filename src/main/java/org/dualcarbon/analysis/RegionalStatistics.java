package org.dualcarbon.analysis;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.dualcarbon.analysis.internal.StatisticsMapper;
import org.dualcarbon.common.scope.ScopeContext;
import org.dualcarbon.common.web.InvalidInputException;
import org.dualcarbon.common.web.NotFoundException;
import org.dualcarbon.organization.Region;
import org.dualcarbon.organization.RegionService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 统计数据: GDP and sector value added at constant prices per division and year, recorded by officials for the divisions in their scope and read
 * by the analyses. Bad input names its field; a division outside the caller's scope is not found.
 */
@Service
public class RegionalStatistics {

    private final StatisticsMapper store;
    private final RegionService regions;
    private final ScopeContext scope;

    public RegionalStatistics(StatisticsMapper store, RegionService regions, ScopeContext scope) {
        this.store = store;
        this.regions = regions;
        this.scope = scope;
    }

    /** What an official records: division, year, GDP (亿元, constant prices), price base year, source, status. */
    public record GdpForm(String regionCode, Integer year, BigDecimal gdpConstant, Integer priceBaseYear, String source,
                          String status) {
    }

    /** What an official records for a sector: division, year, sector, value added (亿元, constant prices), base year, source, status. */
    public record ValueAddedForm(String regionCode, Integer year, String sector, BigDecimal valueAdded, Integer priceBaseYear,
                                 String source, String status) {
    }

    @PreAuthorize("hasAuthority('ORG_MANAGE')")
    @Transactional
    public GdpFigure record(GdpForm form, String user) {
        Region region = checked(form.regionCode(), form.year(), "gdpConstant", form.gdpConstant(), form.priceBaseYear(),
                form.source(), form.status(), "GDP须为正数（亿元） / GDP must be a positive number of 亿元");
        GdpFigure figure = new GdpFigure(region.code(), form.year(), form.gdpConstant(), form.priceBaseYear(), form.source().strip(),
                form.status(), user, region.path());
        store.upsertGdp(figure);
        return figure;
    }

    /** Records a sector's value added; the sector is one of the platform's sectors (industry.sector). */
    @PreAuthorize("hasAuthority('ORG_MANAGE')")
    @Transactional
    public SectorValueAdded record(ValueAddedForm form, String user) {
        Region region = checked(form.regionCode(), form.year(), "valueAdded", form.valueAdded(), form.priceBaseYear(),
                form.source(), form.status(), "增加值须为正数（亿元） / value added must be a positive number of 亿元");
        if (form.sector() == null || !SECTORS.contains(form.sector())) {
            throw new InvalidInputException("sector", "行业须为 " + String.join("、", SECTORS) + " 之一 / unknown sector");
        }
        SectorValueAdded figure = new SectorValueAdded(region.code(), form.year(), form.sector(), form.valueAdded(),
                form.priceBaseYear(), form.source().strip(), form.status(), user, region.path());
        store.upsertValueAdded(figure);
        return figure;
    }

    /** The platform's sectors (industry.sector). */
    public static final List<String> SECTORS = List.of("POWER", "STEEL", "CEMENT", "ALUMINIUM", "NONFERROUS", "CHEMICALS",
            "BUILDINGS", "OTHER");

    /** Checks what every statistic shares, naming the field at fault; the division must lie in the caller's scope. */
    private Region checked(String regionCode, Integer year, String amountField, BigDecimal amount, Integer priceBaseYear,
                           String source, String status, String amountReason) {
        Region region = regions.find(regionCode == null ? "" : regionCode)
                .orElseThrow(() -> new InvalidInputException("regionCode", "未知的行政区划代码 / unknown division code"));
        if (!scope.current().covers(region.path())) {
            throw new InvalidInputException("regionCode", "该地区不在您的管辖范围内 / outside your jurisdiction");
        }
        int thisYear = Year.now().getValue();
        if (year == null || year < 1978 || year > thisYear) {
            throw new InvalidInputException("year", "年份须在1978与" + thisYear + "之间 / year between 1978 and " + thisYear);
        }
        if (amount == null || amount.signum() <= 0 || amount.precision() - amount.scale() > 14) {
            throw new InvalidInputException(amountField, amountReason);
        }
        if (priceBaseYear == null || priceBaseYear < 1978 || priceBaseYear > year) {
            throw new InvalidInputException("priceBaseYear", "价格基年须不晚于统计年份 / price base year not after the year");
        }
        if (source == null || source.isBlank() || source.length() > 300) {
            throw new InvalidInputException("source", "请注明来源（不超过300字） / name the source, at most 300 characters");
        }
        if (status == null || !GdpFigure.STATUSES.contains(status)) {
            throw new InvalidInputException("status", "状态须为 OFFICIAL、ESTIMATE 或 DEMO / status must be OFFICIAL, ESTIMATE or DEMO");
        }
        return region;
    }

    /** The division's GDP figures from {@code from} to {@code to}, by year (only those recorded). */
    @PreAuthorize("hasAuthority('ACTIVITY_READ')")
    public List<GdpFigure> gdp(String regionCode, int from, int to) {
        regions.find(regionCode).filter(r -> scope.current().covers(r.path()))
                .orElseThrow(() -> new NotFoundException("region", regionCode));
        return store.gdp(regionCode, from, to);
    }

    /** The division's sector value added from {@code from} to {@code to} (only those recorded). */
    @PreAuthorize("hasAuthority('ACTIVITY_READ')")
    public List<SectorValueAdded> valueAdded(String regionCode, int from, int to) {
        regions.find(regionCode).filter(r -> scope.current().covers(r.path()))
                .orElseThrow(() -> new NotFoundException("region", regionCode));
        return store.valueAdded(regionCode, from, to);
    }
}
