package org.dualcarbon.emissions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** One line of an inventory sector that enterprises do not report: what a region's official enters. */
public record InventoryEntryForm(
        @NotBlank(message = "行政区划不能为空 / required") String regionCode,
        @NotNull(message = "年度不能为空 / required") Integer year,
        @NotBlank(message = "部门不能为空 / required")
        @Pattern(regexp = "^(AGRICULTURE|LULUCF|WASTE)$", message = "部门须为AGRICULTURE、LULUCF或WASTE / AGRICULTURE, LULUCF or WASTE")
        String sector,
        @NotBlank(message = "类别不能为空 / required") @Size(max = 64, message = "最多64字 / at most 64 characters") String category,
        @NotBlank(message = "气体不能为空 / required")
        @Pattern(regexp = "^(CO2|CH4|N2O)$", message = "气体须为CO2、CH4或N2O / CO2, CH4 or N2O") String gas,
        @NotNull(message = "数量不能为空 / required") BigDecimal amount) {
}
