package org.dualcarbon.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a user enters to register an enterprise group. */
public record GroupForm(
        @NotBlank(message = "统一社会信用代码不能为空 / required") String uscc,
        @NotBlank(message = "集团名称不能为空 / required") @Size(max = 200, message = "最多200字 / at most 200 characters") String name,
        @NotBlank(message = "所在行政区划不能为空 / required") String regionCode) {
}
