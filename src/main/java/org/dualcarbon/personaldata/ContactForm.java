package org.dualcarbon.personaldata;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The contact person of an enterprise as entered: name, mainland mobile number (GB/T 35273 5.2: what the officials need
 * to reach the enterprise about its reports), optional e-mail and position.
 */
public record ContactForm(
        @NotBlank(message = "姓名不能为空 / required") @Size(max = 32, message = "最多32字 / at most 32 characters") String name,
        @NotBlank(message = "手机号不能为空 / required")
        @Pattern(regexp = "1[3-9]\\d{9}", message = "应为11位大陆手机号 / an 11-digit mainland mobile number") String phone,
        @Email(message = "邮箱格式不正确 / not an e-mail address") @Size(max = 120, message = "最多120字 / at most 120 characters") String email,
        @Size(max = 64, message = "最多64字 / at most 64 characters") String jobTitle) {
}
