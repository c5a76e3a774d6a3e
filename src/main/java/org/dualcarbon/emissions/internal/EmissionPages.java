package org.dualcarbon.emissions.internal;

import org.dualcarbon.common.web.InvalidInputException;
import org.dualcarbon.emissions.AnnualAccounting;
import org.dualcarbon.factors.FactorLibraries;
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
    private final FactorLibraries libraries;
    private final org.dualcarbon.organization.RegionService regions;

    EmissionPages(AnnualAccounting accounting, FactorLibraries libraries, org.dualcarbon.organization.RegionService regions) {
        this.accounting = accounting;
        this.libraries = libraries;
        this.regions = regions;
    }

    @GetMapping("/emissions/runs/{runId}")
    String run(@PathVariable long runId, Model model) {
        model.addAttribute("run", accounting.run(runId));
        model.addAttribute("lines", accounting.lines(runId));
        model.addAttribute("versions", libraries.versions());
        model.addAttribute("libraryCodes", java.util.Arrays.stream(accounting.run(runId).libraries().split(", "))
                .map(key -> key.substring(0, key.indexOf('@'))).distinct().toList());
        return "emissions/run";
    }

    /** The run beside a recomputation under the versions chosen on the page ({@code v:CODE=version}). */
    @GetMapping("/emissions/runs/{runId}/compare")
    String compare(@PathVariable long runId, @RequestParam java.util.Map<String, String> params, Model model) {
        java.util.Map<String, String> versions = new java.util.HashMap<>();
        params.forEach((key, value) -> {
            if (key.startsWith("v:") && !value.isBlank()) {
                versions.put(key.substring(2), value);
            }
        });
        model.addAttribute("comparison", accounting.compare(runId, versions));
        return "emissions/compare";
    }

    @GetMapping("/emissions/inventory")
    String inventory(@AuthenticationPrincipal CurrentUser me, @RequestParam int year,
                     @RequestParam(required = false) String region, Model model) {
        String code = region != null && !region.isBlank() ? region : me.account().regionCode();
        org.dualcarbon.organization.Region selected = code == null ? null : regions.find(code)
                .filter(r -> me.scope().covers(r.path()))
                .orElseThrow(() -> new org.dualcarbon.common.web.NotFoundException("region", code));
        model.addAttribute("inventory", accounting.inventory(year, selected));
        model.addAttribute("year", year);
        return "emissions/inventory";
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
