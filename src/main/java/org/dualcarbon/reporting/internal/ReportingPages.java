package org.dualcarbon.reporting.internal;

import java.time.format.DateTimeParseException;
import org.dualcarbon.organization.Region;
import org.dualcarbon.organization.RegionService;
import org.dualcarbon.reporting.ReportData;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dualcarbon.common.excel.TableExport;
import org.dualcarbon.common.web.FieldProblem;
import org.dualcarbon.common.web.InvalidInputException;
import org.dualcarbon.energy.ActivityItemCatalog;
import org.dualcarbon.reporting.ReportStatus;
import org.dualcarbon.reporting.ReportWorkbooks;
import org.dualcarbon.reporting.ReportingCycles;
import org.dualcarbon.reporting.UnitReport;
import org.dualcarbon.reporting.UnitReports;
import org.dualcarbon.security.CurrentUser;
import org.dualcarbon.security.Permission;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reporting pages: cycles and launch (officials), progress by status, city and sector, the list of reports,
 * and a report's page — data entry from its industry template, flags to explain, verification, decision, history.
 */
@Controller
class ReportingPages {

    private final ReportingCycles cycles;
    private final UnitReports reports;
    private final ActivityItemCatalog items;
    private final RegionService regions;
    private final ReportWorkbooks workbooks;

    ReportingPages(ReportingCycles cycles, UnitReports reports, ActivityItemCatalog items,
                   RegionService regions, ReportWorkbooks workbooks) {
        this.regions = regions;
        this.workbooks = workbooks;
        this.cycles = cycles;
        this.reports = reports;
        this.items = items;
    }

    @GetMapping("/reporting/cycles")
    String cycles(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("cycles", cycles.cycles(me));
        model.addAttribute("problems", List.of());
        model.addAttribute("defaultYear", LocalDate.now().getYear() - 1);
        return "reporting/cycles";
    }

    @PostMapping("/reporting/cycles")
    String launch(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) Integer year,
                  @RequestParam(required = false) String regionCode, @RequestParam(required = false) String deadline,
                  Model model, RedirectAttributes redirect) {
        try {
            LocalDate due = deadline == null || deadline.isBlank() ? null : LocalDate.parse(deadline);
            var cycle = cycles.launch(year == null ? 0 : year, regionCode, due, me);
            redirect.addFlashAttribute("launched", cycle.year() + " " + cycle.regionName() + "：" + cycle.unitCount());
            return "redirect:/reporting/progress?year=" + cycle.year();
        } catch (DateTimeParseException e) {
            model.addAttribute("problems", List.of(new FieldProblem("deadline", "日期格式应为 yyyy-mm-dd / a date")));
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
        }
        model.addAttribute("cycles", cycles.cycles(me));
        model.addAttribute("defaultYear", year == null ? LocalDate.now().getYear() - 1 : year);
        return "reporting/cycles";
    }

    @GetMapping("/reporting/progress")
    String progress(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now().getYear() - 1 : year;
        model.addAttribute("progress", cycles.progress(y, null));
        model.addAttribute("overdueReports", reports.reports(y, null, null, null, true, null));
        model.addAttribute("flaggedReports", reports.reports(y, null, null, null, null, true));
        model.addAttribute("statuses", ReportStatus.values());
        return "reporting/progress";
    }

    @GetMapping("/reports")
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) ReportStatus status,
                @RequestParam(required = false) String region, Model model) {
        model.addAttribute("reports", listed(year, status, region));
        model.addAttribute("region", region == null ? "" : region);
        model.addAttribute("statuses", ReportStatus.values());
        model.addAttribute("status", status == null ? "" : status.name());
        model.addAttribute("year", year);
        return "reporting/reports";
    }

    /** The same list as the page, with the same filters and scope, as .xlsx or .csv. */
    @GetMapping(path = "/reports", params = "format")
    ResponseEntity<byte[]> exportList(@RequestParam(required = false) Integer year,
                                      @RequestParam(required = false) ReportStatus status,
                                      @RequestParam(required = false) String region, @RequestParam String format) {
        return TableExport.download(format, "排放报告", ReportExports.reports("排放报告", listed(year, status, region)));
    }

    /** The progress page's tables — by status, city and sector, overdue and flagged reports — one sheet each. */
    @GetMapping(path = "/reporting/progress", params = "format")
    ResponseEntity<byte[]> exportProgress(@RequestParam(required = false) Integer year, @RequestParam String format) {
        int y = year == null ? LocalDate.now().getYear() - 1 : year;
        return TableExport.download(format, y + "年度填报进度", ReportExports.progress(cycles.progress(y, null),
                reports.reports(y, null, null, null, true, null), reports.reports(y, null, null, null, null, true)));
    }

    private List<UnitReport> listed(Integer year, ReportStatus status, String region) {
        String path = region == null || region.isBlank() ? null
                : regions.find(region).map(Region::path).orElse("/none/");
        return reports.reports(year, path, status, null, null, null);
    }

    @GetMapping("/reports/{id}")
    String report(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        UnitReport report = reports.report(id);
        return page(me, report, model, reports.current(report).map(d -> form(d)).orElse(Map.of()), List.of());
    }

    @PostMapping("/reports/{id}/draft")
    String draft(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestParam Map<String, String> form,
                 Model model) {
        var read = reports.saveDraft(id, form, me);
        model.addAttribute("draftSaved", true);
        return page(me, reports.report(id), model, form, read.problems());
    }

    @PostMapping("/reports/{id}/submit")
    String submit(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestParam Map<String, String> form,
                  Model model, RedirectAttributes redirect) {
        try {
            reports.submit(id, form, form.get("token"), me);
            redirect.addFlashAttribute("submitted", true);
            return "redirect:/reports/" + id;
        } catch (InvalidInputException e) {
            return page(me, reports.report(id), model, form, e.problems());
        }
    }

    @PostMapping("/reports/{id}/explain")
    String explain(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestParam Map<String, String> form,
                   Model model) {
        Map<Long, String> explanations = new HashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("explanation.")) {
                explanations.put(Long.parseLong(k.substring("explanation.".length())), v);
            }
        });
        return act(me, id, model, () -> reports.explain(id, explanations, "true".equals(form.get("correct")), me));
    }

    @PostMapping("/reports/{id}/verify")
    String verify(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestParam(required = false) String findings,
                  Model model) {
        return act(me, id, model, () -> reports.verify(id, findings, me));
    }

    @PostMapping("/reports/{id}/decide")
    String decide(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestParam boolean approved,
                  @RequestParam(required = false) String comment, Model model) {
        return act(me, id, model, () -> reports.decide(id, approved, comment, me));
    }

    @PostMapping("/reports/{id}/cancel")
    String cancel(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestParam(required = false) String reason,
                  Model model) {
        return act(me, id, model, () -> reports.cancel(id, reason, me));
    }

    private String act(CurrentUser me, long id, Model model, Runnable action) {
        try {
            action.run();
            return "redirect:/reports/" + id;
        } catch (InvalidInputException e) {
            UnitReport report = reports.report(id);
            return page(me, report, model, reports.current(report).map(d -> form(d)).orElse(Map.of()), e.problems());
        }
    }

    private String page(CurrentUser me, UnitReport report, Model model, Map<String, String> values, List<FieldProblem> problems) {
        model.addAttribute("report", report);
        model.addAttribute("template", reports.template(report));
        model.addAttribute("formItems", reports.formItems(report));
        model.addAttribute("items", items.byCode());
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        model.addAttribute("flags", reports.flags(report.id()));
        model.addAttribute("history", reports.history(report.id()));
        model.addAttribute("submissions", reports.submissions(report.id()));
        model.addAttribute("attachments", workbooks.attachments(report.id()));
        model.addAttribute("token", UUID.randomUUID().toString());
        model.addAttribute("canSubmit", me.can(Permission.ACTIVITY_SUBMIT) && report.submittable());
        return "reporting/report";
    }

    /** The form fields of stored figures, as the page posts them. */
    private static Map<String, String> form(ReportData data) {
        Map<String, String> values = new HashMap<>();
        data.items().forEach((item, entry) -> {
            for (int m = 0; m < entry.months().size(); m++) {
                if (entry.months().get(m) != null) {
                    values.put("q." + item + "." + (m + 1), entry.months().get(m).toPlainString());
                }
            }
            entry.fields().forEach((f, v) -> values.put("x." + item + "." + f, v.toPlainString()));
        });
        return values;
    }
}
