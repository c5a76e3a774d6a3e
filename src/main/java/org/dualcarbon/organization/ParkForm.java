package org.dualcarbon.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a user enters to register a park. */
public record ParkForm(
        @NotBlank(message = "园区代码不能为空 / required")
        @Pattern(regexp = "^[A-Z0-9]{2,16}$", message = "园区代码为2–16位大写字母或数字 / 2–16 capitals or digits") String code,
        @NotBlank(message = "园区名称不能为空 / required") @Size(max = 128, message = "最多128字 / at most 128 characters") String name,
        @NotBlank(message = "所在行政区划不能为空 / required") String regionCode,
        @NotBlank(message = "园区级别不能为空 / required")
        @Pattern(regexp = "^(NATIONAL|PROVINCIAL|MUNICIPAL)$", message = "级别须为国家级、省级或市级 / NATIONAL, PROVINCIAL or MUNICIPAL") String parkLevel) {
}
