package org.dualcarbon.emissions.internal;

import org.dualcarbon.common.web.InvalidInputException;
import org.dualcarbon.emissions.AnnualAccounting;
import org.dualcarbon.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The explanation page of a run (how a figure was computed) and the button that accounts a year. */
@Controller
class EmissionPages {

    private final AnnualAccounting accounting;

    EmissionPages(AnnualAccounting accounting) {
        this.accounting = accounting;
    }

    @GetMapping("/emissions/runs/{runId}")
    String run(@PathVariable long runId, Model model) {
        model.addAttribute("run", accounting.run(runId));
        model.addAttribute("lines", accounting.lines(runId));
        return "emissions/run";
    }

    @GetMapping("/emissions/enterprises/{id}")
    String enterprise(@PathVariable long id, @RequestParam int year, Model model) {
        model.addAttribute("enterpriseId", id);
        model.addAttribute("year", year);
        model.addAttribute("runs", accounting.current(id, year));
        return "emissions/enterprise";
    }

    @PostMapping("/emissions/enterprises/{id}")
    String account(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestParam int year,
                   RedirectAttributes redirect) {
        try {
            accounting.accountYear(id, year, me.getUsername());
            redirect.addFlashAttribute("accounted", year);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("accountingProblems", e.problems());
        }
        return "redirect:/emissions/enterprises/" + id + "?year=" + year;
    }
}
