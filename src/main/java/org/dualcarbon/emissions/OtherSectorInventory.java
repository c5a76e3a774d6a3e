package org.dualcarbon.emissions;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.dualcarbon.accounting.ReportingStandard;
import org.dualcarbon.common.scope.ScopeContext;
import org.dualcarbon.common.web.FieldProblem;
import org.dualcarbon.common.web.InvalidInputException;
import org.dualcarbon.emissions.internal.EmissionRunMapper;
import org.dualcarbon.factors.Factor;
import org.dualcarbon.factors.FactorKey;
import org.dualcarbon.factors.FactorLibraries;
import org.dualcarbon.factors.FactorParameter;
import org.dualcarbon.organization.Region;
import org.dualcarbon.organization.RegionService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The inventory sectors a region fills in itself — agriculture, land use (LULUCF, removals negative) and waste —
 * so that the regional total is complete. CH4 and N2O are converted with the active IPCC GWP library in the set of
 * the provincial inventory guideline (SAR, status as {@link ReportingStandard} gives it); the row used is stored
 * with the entry.
 */
@Service
@Validated
public class OtherSectorInventory {

    static final ReportingStandard STANDARD = ReportingStandard.PROVINCIAL_INVENTORY_GUIDELINE;

    private final EmissionRunMapper store;
    private final RegionService regions;
    private final FactorLibraries libraries;
    private final ScopeContext scope;

    public OtherSectorInventory(EmissionRunMapper store, RegionService regions, FactorLibraries libraries, ScopeContext scope) {
        this.store = store;
        this.regions = regions;
        this.libraries = libraries;
        this.scope = scope;
    }

    /** Records (or replaces) one line; refused with the field and reason when it is not acceptable. */
    @PreAuthorize("hasAuthority('ORG_MANAGE')")
    @Transactional
    public InventoryEntry record(@Valid InventoryEntryForm form, String user) {
        List<FieldProblem> problems = new ArrayList<>();
        Region region = regions.find(form.regionCode()).orElse(null);
        if (region == null) {
            problems.add(new FieldProblem("regionCode", "行政区划代码不存在 / unknown division code"));
        } else if (!scope.current().covers(region.path())) {
            problems.add(new FieldProblem("regionCode", "该地区不在您的管辖范围内 / outside your jurisdiction"));
        }
        if (form.amount().signum() < 0 && !"LULUCF".equals(form.sector())) {
            problems.add(new FieldProblem("amount", "只有土地利用变化和林业可填负值（碳汇） / only LULUCF removals may be negative"));
        }
        if (form.year() < 2005 || form.year() > 2100) {
            problems.add(new FieldProblem("year", "年度不合理 / not a plausible year"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        BigDecimal co2e = form.amount();
        String gwpRow = null;
        if (!"CO2".equals(form.gas())) {
            Factor gwp = libraries.activeLookup("IPCC-GWP").find(FactorKey.national(FactorParameter.GWP,
                    form.gas() + "@" + STANDARD.gwpSet().name(), form.year())).orElseThrow(() -> new InvalidInputException("gas",
                    "因子库中没有 " + form.gas() + " 的GWP / no GWP for " + form.gas()));
            co2e = form.amount().multiply(gwp.value());
            gwpRow = gwp.library() + "@" + gwp.version() + " " + gwp.name();
        }
        InventoryEntry entry = new InventoryEntry(null, region.code(), form.year(), form.sector(), form.category().strip(),
                form.gas(), form.amount().setScale(4, RoundingMode.HALF_UP), co2e.setScale(4, RoundingMode.HALF_UP), gwpRow,
                user, region.path());
        store.deleteEntry(entry);
        store.insertEntry(entry);
        return entry;
    }

    @PreAuthorize("hasAuthority('ACTIVITY_READ')")
    public List<InventoryEntry> entries(int year, Region region) {
        return store.entries(year, region == null ? null : region.path());
    }
}
