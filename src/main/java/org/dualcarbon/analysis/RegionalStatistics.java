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
 * 统计数据: GDP at constant prices per division and year, recorded by officials for the divisions in their scope and read
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

    @PreAuthorize("hasAuthority('ORG_MANAGE')")
    @Transactional
    public GdpFigure record(GdpForm form, String user) {
        Region region = regions.find(form.regionCode() == null ? "" : form.regionCode())
                .orElseThrow(() -> new InvalidInputException("regionCode", "未知的行政区划代码 / unknown division code"));
        if (!scope.current().covers(region.path())) {
            throw new InvalidInputException("regionCode", "该地区不在您的管辖范围内 / outside your jurisdiction");
        }
        int thisYear = Year.now().getValue();
        if (form.year() == null || form.year() < 1978 || form.year() > thisYear) {
            throw new InvalidInputException("year", "年份须在1978与" + thisYear + "之间 / year between 1978 and " + thisYear);
        }
        if (form.gdpConstant() == null || form.gdpConstant().signum() <= 0 || form.gdpConstant().precision() - form.gdpConstant().scale() > 14) {
            throw new InvalidInputException("gdpConstant", "GDP须为正数（亿元） / GDP must be a positive number of 亿元");
        }
        if (form.priceBaseYear() == null || form.priceBaseYear() < 1978 || form.priceBaseYear() > form.year()) {
            throw new InvalidInputException("priceBaseYear", "价格基年须不晚于统计年份 / price base year not after the year");
        }
        if (form.source() == null || form.source().isBlank() || form.source().length() > 300) {
            throw new InvalidInputException("source", "请注明来源（不超过300字） / name the source, at most 300 characters");
        }
        if (form.status() == null || !GdpFigure.STATUSES.contains(form.status())) {
            throw new InvalidInputException("status", "状态须为 OFFICIAL、ESTIMATE 或 DEMO / status must be OFFICIAL, ESTIMATE or DEMO");
        }
        GdpFigure figure = new GdpFigure(region.code(), form.year(), form.gdpConstant(), form.priceBaseYear(), form.source().strip(),
                form.status(), user, region.path());
        store.upsertGdp(figure);
        return figure;
    }

    /** The division's GDP figures from {@code from} to {@code to}, by year (only those recorded). */
    @PreAuthorize("hasAuthority('ACTIVITY_READ')")
    public List<GdpFigure> gdp(String regionCode, int from, int to) {
        regions.find(regionCode).filter(r -> scope.current().covers(r.path()))
                .orElseThrow(() -> new NotFoundException("region", regionCode));
        return store.gdp(regionCode, from, to);
    }
}
