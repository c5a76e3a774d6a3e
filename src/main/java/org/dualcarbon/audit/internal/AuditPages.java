package org.dualcarbon.audit.internal;

import java.time.LocalDate;
import org.dualcarbon.audit.AuditLog;
import org.dualcarbon.audit.AuditOutcome;
import org.dualcarbon.audit.AuditSearch;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The audit log page for the audit administrator and auditors: filters by time, user and event, paged. */
@Controller
@PreAuthorize("hasAuthority('AUDIT_LOG_READ')")
class AuditPages {

    private final AuditLog audit;

    AuditPages(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String log(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
               @RequestParam(required = false) String user, @RequestParam(required = false) String event,
               @RequestParam(defaultValue = "0") int page, Model model) {
        AuditSearch search = new AuditSearch(from, to, user, event);
        model.addAttribute("result", audit.search(search, page, 50));
        model.addAttribute("search", search);
        model.addAttribute("baseUrl", UriComponentsBuilder.fromPath("/audit").queryParamIfPresent("from", java.util.Optional.ofNullable(from))
                .queryParamIfPresent("to", java.util.Optional.ofNullable(to))
                .queryParamIfPresent("user", java.util.Optional.ofNullable(user).filter(s -> !s.isBlank()))
                .queryParamIfPresent("event", java.util.Optional.ofNullable(event).filter(s -> !s.isBlank()))
                .build().encode().toUriString());
        // the audit administrator's reading of the log is itself audited (security.md §1.6)
        audit.record("AUDIT_VIEWED", "AUDIT_LOG", null, AuditOutcome.SUCCESS,
                "from=" + from + " to=" + to + " user=" + user + " event=" + event + " page=" + page);
        return "audit/log";
    }
}
