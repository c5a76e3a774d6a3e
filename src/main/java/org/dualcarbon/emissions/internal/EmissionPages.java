package org.dualcarbon.emissions.internal;

import java.time.Year;
import org.dualcarbon.accounting.ReportingStandard;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dualcarbon.common.excel.TableExport;
import org.dualcarbon.common.web.FieldProblem;
import org.dualcarbon.common.web.FormSubmission;
import org.dualcarbon.common.web.InvalidInputException;
import org.dualcarbon.common.web.NotFoundException;
import org.dualcarbon.emissions.AnnualAccounting;
import org.dualcarbon.emissions.InventoryEntry;
import org.dualcarbon.emissions.InventoryEntryForm;
import org.dualcarbon.emissions.OtherSectorInventory;
import org.dualcarbon.emissions.RegionalInventory;
import org.dualcarbon.factors.FactorLibraries;
import org.dualcarbon.organization.Region;
import org.dualcarbon.organization.RegionService;
import org.dualcarbon.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The explanation page of a run (how a figure was computed) and the button that accounts a year. */
@Controller
class EmissionPages {

    private final AnnualAccounting accounting;
    private final FactorLibraries libraries;
    private final RegionService regions;
    private final OtherSectorInventory otherSectors;

    EmissionPages(AnnualAccounting accounting, FactorLibraries libraries, RegionService regions,
                  OtherSectorInventory otherSectors) {
        this.accounting = accounting;
        this.libraries = libraries;
        this.regions = regions;
        this.otherSectors = otherSectors;
    }

    @GetMapping("/emissions/runs/{runId}")
    String run(@PathVariable long runId, Model model) {
        model.addAttribute("run", accounting.run(runId));
        model.addAttribute("lines", accounting.lines(runId));
        model.addAttribute("versions", libraries.versions());
        model.addAttribute("libraryCodes", Arrays.stream(accounting.run(runId).libraries().split(", "))
                .map(key -> key.substring(0, key.indexOf('@'))).distinct().toList());
        return "emissions/run";
    }

    /** The run beside a recomputation under the versions chosen on the page ({@code v:CODE=version}). */
    @GetMapping("/emissions/runs/{runId}/compare")
    String compare(@PathVariable long runId, @RequestParam Map<String, String> params, Model model) {
        Map<String, String> versions = new HashMap<>();
        params.forEach((key, value) -> {
            if (key.startsWith("v:") && !value.isBlank()) {
                versions.put(key.substring(2), value);
            }
        });
        model.addAttribute("comparison", accounting.compare(runId, versions));
        return "emissions/compare";
    }

    @GetMapping("/emissions/inventory")
    String inventory(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) Integer year,
                     @RequestParam(required = false) String region, Model model) {
        Region selected = selectedRegion(me, region);
        return inventoryPage(me, year == null ? Year.now().getValue() - 1 : year, selected, model, List.of());
    }

    /** The inventory page's breakdowns and other-sector lines, one sheet each, for the same region and year. */
    @GetMapping(path = "/emissions/inventory", params = "format")
    ResponseEntity<byte[]> exportInventory(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) Integer year,
                                           @RequestParam(required = false) String region, @RequestParam String format) {
        Region selected = selectedRegion(me, region);
        int y = year == null ? Year.now().getValue() - 1 : year;
        RegionalInventory inventory = accounting.inventory(y, selected);
        List<InventoryEntry> entries = otherSectors.entries(y, selected);
        return TableExport.download(format, y + "年排放清单", InventoryExports.tables(inventory, entries));
    }

    private Region selectedRegion(CurrentUser me, String region) {
        String code = region != null && !region.isBlank() ? region : me.account().regionCode();
        return code == null ? null : regions.find(code)
                .filter(r -> me.scope().covers(r.path()))
                .orElseThrow(() -> new NotFoundException("region", code));
    }

    /** One line of agriculture, LULUCF or waste for the region; the page again with the problems when refused. */
    @PostMapping("/emissions/inventory")
    String recordEntry(@AuthenticationPrincipal CurrentUser me,
                       @Valid @ModelAttribute("form")
                       InventoryEntryForm form,
                       BindingResult binding, Model model) {
        Region region = regions.find(form.regionCode() == null ? "" : form.regionCode())
                .filter(r -> me.scope().covers(r.path())).orElse(null);
        int year = form.year() == null ? Year.now().getValue() - 1 : form.year();
        return FormSubmission.handle(binding, problems -> inventoryPage(me, year, region, model, problems),
                () -> {
                    otherSectors.record(form, me.getUsername());
                    return "redirect:/emissions/inventory?year=" + year + "&region=" + form.regionCode();
                });
    }

    private String inventoryPage(CurrentUser me, int year, Region selected, Model model,
                                 List<FieldProblem> problems) {
        RegionalInventory inventory = accounting.inventory(year, selected);
        List<InventoryEntry> entries = otherSectors.entries(year, selected);
        BigDecimal others = entries.stream().map(InventoryEntry::co2e)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        model.addAttribute("inventory", inventory);
        model.addAttribute("entries", entries);
        model.addAttribute("grandTotal", inventory.total().add(others));
        model.addAttribute("year", year);
        model.addAttribute("problems", problems);
        model.addAttribute("defaultRegion", selected == null ? (me.account().regionCode() == null ? "" : me.account().regionCode())
                : selected.code());
        return "emissions/inventory";
    }

    @GetMapping("/emissions/enterprises/{id}")
    String enterprise(@PathVariable long id, @RequestParam int year, Model model) {
        model.addAttribute("enterpriseId", id);
        model.addAttribute("year", year);
        model.addAttribute("runs", accounting.current(id, year));
        model.addAttribute("standards", ReportingStandard.values());
        return "emissions/enterprise";
    }

    @PostMapping("/emissions/enterprises/{id}")
    String account(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestParam int year,
                   @RequestParam(required = false) ReportingStandard standard,
                   RedirectAttributes redirect) {
        try {
            accounting.accountYear(id, year, standard, me.getUsername());
            redirect.addFlashAttribute("accounted", year);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("accountingProblems", e.problems());
        }
        return "redirect:/emissions/enterprises/" + id + "?year=" + year;
    }
}
