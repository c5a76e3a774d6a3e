package org.dualcarbon.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a user enters to register or change an enterprise. Codes are checked by the service. */
public record EnterpriseForm(
        @NotBlank(message = "统一社会信用代码不能为空 / required") String uscc,
        @NotBlank(message = "企业名称不能为空 / required") @Size(max = 200, message = "最多200字 / at most 200 characters") String name,
        @NotBlank(message = "所在行政区划不能为空 / required") String regionCode,
        Long parkId,
        Long groupId,
        @NotBlank(message = "所属行业不能为空 / required") String industryCode,
        Boolean etsKeyEmitter,
        @Size(max = 255, message = "最多255字 / at most 255 characters") String address) {

    /** An unticked checkbox sends nothing: absent means "no". */
    public EnterpriseForm {
        etsKeyEmitter = etsKeyEmitter != null && etsKeyEmitter;
    }

    public static EnterpriseForm empty() {
        return new EnterpriseForm("", "", "", null, null, "", false, "");
    }

    public static EnterpriseForm of(Enterprise e) {
        return new EnterpriseForm(e.uscc(), e.name(), e.regionCode(), e.parkId(), e.groupId(), e.industryCode(),
                e.etsKeyEmitter(), e.address());
    }
}
