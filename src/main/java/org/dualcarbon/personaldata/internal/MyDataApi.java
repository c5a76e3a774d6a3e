package org.dualcarbon.personaldata.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dualcarbon.audit.AuditLog;
import org.dualcarbon.audit.AuditOutcome;
import org.dualcarbon.security.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 我的数据 — a signed-in user's copy of what the platform holds about him (GB/T 35273-2020 §8.6): his account (name,
 * role, organisation, scope) and his latest audit entries, as JSON. Only his own; the download is audited.
 */
@RestController
class MyDataApi {

    private final AuditLog audit;

    MyDataApi(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/account/my-data")
    ResponseEntity<Map<String, Object>> myData(@AuthenticationPrincipal CurrentUser me) {
        Map<String, Object> copy = new LinkedHashMap<>();
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("username", me.getUsername());
        account.put("displayName", me.displayName());
        account.put("role", me.role().name());
        account.put("organization", me.organizationName());
        account.put("locale", me.account().locale());
        copy.put("account", account);
        copy.put("auditEntries", audit.ownEntries(500));
        copy.put("note", "密码只以不可逆的哈希保存，不在此列 / the password is kept only as a one-way hash and is not part of the copy");
        audit.record("PERSONAL_DATA_EXPORTED", "USER", me.getUsername(), AuditOutcome.SUCCESS, "own data copy");
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"my-data.json\"").body(copy);
    }
}
