package org.dualcarbon.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What the system administrator enters to create an account: the role, and the organisation the account acts
 * for — a division (officials, auditors), a park (park managers), an enterprise or a group (enterprise users),
 * or the enterprises a verifier is assigned to.
 */
public record NewUserForm(
        @NotBlank(message = "用户名不能为空 / required")
        @Pattern(regexp = "^[a-z0-9][a-z0-9._-]{2,63}$", message = "用户名为3–64位小写字母、数字、.、_或- / 3–64 lower-case letters, digits, . _ -")
        String username,
        @NotBlank(message = "姓名不能为空 / required") @Size(max = 64, message = "最多64字 / at most 64 characters") String displayName,
        @NotNull(message = "角色不能为空 / required") Role role,
        String regionCode,
        Long parkId,
        Long enterpriseId,
        Long groupId,
        List<Long> assignedEnterpriseIds,
        @NotBlank(message = "初始密码不能为空 / required") String initialPassword) {

    public UserAccount toAccount() {
        return new UserAccount(null, username, displayName, role, blankToNull(regionCode), parkId, enterpriseId, groupId,
                true, "zh_CN");
    }

    public List<Long> assignments() {
        return assignedEnterpriseIds == null ? List.of() : assignedEnterpriseIds;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
