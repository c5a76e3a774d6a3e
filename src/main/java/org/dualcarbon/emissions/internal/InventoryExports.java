package org.dualcarbon.emissions.internal;

import java.util.List;
import org.dualcarbon.common.excel.ExportTable;
import org.dualcarbon.emissions.InventoryEntry;
import org.dualcarbon.emissions.RegionalInventory;

/** The regional inventory page as export tables: by division, sector and energy type, and the other-sector lines. */
final class InventoryExports {

    private InventoryExports() {
    }

    static List<ExportTable> tables(RegionalInventory inventory, List<InventoryEntry> entries) {
        ExportTable.Builder byDivision = ExportTable.named("按地区", "行政区划代码", "地区", "排放量 tCO2e");
        inventory.byDivision().forEach((code, value) ->
                byDivision.row(code, inventory.divisionNames().getOrDefault(code, code), value));
        byDivision.row(inventory.regionCode(), "合计 " + (inventory.regionName() == null ? "" : inventory.regionName()),
                inventory.total());
        ExportTable.Builder bySector = ExportTable.named("按行业", "行业", "排放量 tCO2e");
        inventory.bySector().forEach(bySector::row);
        ExportTable.Builder byEnergy = ExportTable.named("按能源品种或工艺", "能源品种或工艺", "排放量 tCO2e");
        inventory.byEnergyType().forEach(byEnergy::row);
        ExportTable.Builder others = ExportTable.named("农业、土地利用与废弃物", "行政区划代码", "年度", "部门", "类别", "气体",
                "数量", "CO2e t", "GWP", "录入人");
        for (InventoryEntry e : entries) {
            others.row(e.regionCode(), e.year(), e.sector(), e.category(), e.gas(), e.amount(), e.co2e(), e.gwpFactor(),
                    e.enteredBy());
        }
        return List.of(byDivision.build(), bySector.build(), byEnergy.build(), others.build());
    }
}
