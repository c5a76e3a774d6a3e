package org.dualcarbon.history.internal;

import org.dualcarbon.history.RuleHistory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The rule-base version history page: every factor library version, and the difference between two of one library. */
@Controller
@PreAuthorize("hasAuthority('PROCESS_HISTORY_READ')")
class RuleHistoryPages {

    private final RuleHistory rules;

    RuleHistoryPages(RuleHistory rules) {
        this.rules = rules;
    }

    @GetMapping("/audit/rules")
    String rules(@RequestParam(required = false) String code, @RequestParam(required = false) String from,
                 @RequestParam(required = false) String to, Model model) {
        model.addAttribute("versions", rules.versions());
        if (code != null && from != null && to != null && !code.isBlank() && !from.isBlank() && !to.isBlank()) {
            model.addAttribute("diff", rules.diff(code, from, to));
        }
        return "history/rules";
    }
}
