package org.dualcarbon.organization;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What a user enters to add or change an emission unit. */
public record EmissionUnitForm(
        @NotBlank(message = "编号不能为空 / required")
        @Pattern(regexp = "^[A-Za-z0-9_-]{1,32}$", message = "编号只能含字母、数字、-和_，最多32位 / letters, digits, - and _ only")
        String code,
        @NotBlank(message = "名称不能为空 / required") @Size(max = 128, message = "最多128字 / at most 128 characters") String name,
        @NotNull(message = "类型不能为空 / required") EmissionUnitKind kind,
        @DecimalMin(value = "0", inclusive = false, message = "产能须大于0 / must be positive") BigDecimal capacity,
        @Size(max = 16, message = "最多16字 / at most 16 characters") String capacityUnit,
        @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
        LocalDate commissionedOn,
        List<String> itemCodes) {

    public static EmissionUnitForm of(EmissionUnit unit) {
        return new EmissionUnitForm(unit.code(), unit.name(), unit.kind(), unit.capacity(), unit.capacityUnit(),
                unit.commissionedOn(), unit.itemCodes());
    }

    public static EmissionUnitForm empty() {
        return new EmissionUnitForm("", "", EmissionUnitKind.BOILER, null, "", null, List.of());
    }
}
