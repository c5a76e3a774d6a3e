package org.dualcarbon.history.internal;

import java.util.List;
import java.util.Optional;
import org.dualcarbon.audit.AuditLog;
import org.dualcarbon.audit.AuditOutcome;
import org.dualcarbon.factors.FactorLibraryReviewProcess;
import org.dualcarbon.history.ProcessHistory;
import org.dualcarbon.history.ProcessSearch;
import org.dualcarbon.reporting.ReportingProcess;
import org.dualcarbon.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The auditor's process pages: the searchable list of instances and one instance's history. Read-only. */
@Controller
@PreAuthorize("hasAuthority('PROCESS_HISTORY_READ')")
class ProcessHistoryPages {

    static final int PAGE_SIZE = 50;
    /** The processes the list offers to filter by. */
    static final List<String> PROCESSES = List.of(ReportingProcess.UNIT_KEY, ReportingProcess.CYCLE_KEY,
            FactorLibraryReviewProcess.KEY);

    private final ProcessHistory history;
    private final AuditLog audit;

    ProcessHistoryPages(ProcessHistory history, AuditLog audit) {
        this.history = history;
        this.audit = audit;
    }

    @GetMapping("/audit/processes")
    String list(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String process,
                @RequestParam(required = false) Integer year, @RequestParam(required = false) String unit,
                @RequestParam(defaultValue = "0") int page, Model model) {
        ProcessSearch search = new ProcessSearch(process, year, unit);
        model.addAttribute("result", history.search(search, Math.max(0, page), PAGE_SIZE, me));
        model.addAttribute("search", search);
        model.addAttribute("processes", PROCESSES);
        model.addAttribute("baseUrl", UriComponentsBuilder.fromPath("/audit/processes")
                .queryParamIfPresent("process", Optional.ofNullable(search.process()))
                .queryParamIfPresent("year", Optional.ofNullable(year))
                .queryParamIfPresent("unit", Optional.ofNullable(search.unit()))
                .build().encode().toUriString());
        return "history/processes";
    }

    @GetMapping("/audit/processes/{id}")
    String instance(@AuthenticationPrincipal CurrentUser me, @PathVariable String id, Model model) {
        model.addAttribute("history", history.instance(id, me));
        // reading a process's history is itself audited, like reading the audit log
        audit.record("PROCESS_HISTORY_VIEWED", "PROCESS_INSTANCE", id, AuditOutcome.SUCCESS, null);
        return "history/instance";
    }
}
