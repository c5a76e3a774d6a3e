package org.dualcarbon.organization.internal;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import org.dualcarbon.activity.ActivityQueries;
import org.dualcarbon.common.excel.ExportTable;
import org.dualcarbon.common.excel.TableExport;
import org.dualcarbon.common.web.FieldProblem;
import org.dualcarbon.common.web.FormSubmission;
import org.dualcarbon.energy.ActivityItemCatalog;
import org.dualcarbon.organization.EmissionUnit;
import org.dualcarbon.organization.EmissionUnitForm;
import org.dualcarbon.organization.EmissionUnitKind;
import org.dualcarbon.organization.EmissionUnitService;
import org.dualcarbon.organization.Enterprise;
import org.dualcarbon.organization.EnterpriseForm;
import org.dualcarbon.organization.EnterpriseQuery;
import org.dualcarbon.organization.EnterpriseService;
import org.dualcarbon.organization.IndustryCatalog;
import org.dualcarbon.organization.ParkService;
import org.dualcarbon.organization.Region;
import org.dualcarbon.organization.RegionService;
import org.dualcarbon.common.identifiers.DivisionCode;
import org.dualcarbon.security.CurrentUser;
import org.dualcarbon.security.Permission;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Enterprise and emission-unit pages: list, detail with the year's activity, forms; a rejected form is shown again. */
@Controller
@RequestMapping("/org")
class EnterprisePages {

    /** The largest page the enterprise query serves, and a bound on an export (10 000 enterprises). */
    static final int EXPORT_PAGE_SIZE = 200;
    static final int MAX_EXPORT_PAGES = 50;

    private final RegionService regions;
    private final IndustryCatalog industries;
    private final ParkService parks;
    private final EnterpriseService enterprises;
    private final EmissionUnitService units;
    private final ActivityItemCatalog items;
    private final ActivityQueries activity;

    EnterprisePages(RegionService regions, IndustryCatalog industries, ParkService parks,
                      EnterpriseService enterprises, EmissionUnitService units, ActivityItemCatalog items,
                      ActivityQueries activity) {
        this.regions = regions;
        this.industries = industries;
        this.parks = parks;
        this.enterprises = enterprises;
        this.units = units;
        this.items = items;
        this.activity = activity;
    }

    @GetMapping("/enterprises")
    String enterprises(@RequestParam(required = false) String regionCode, @RequestParam(required = false) Long parkId,
                       @RequestParam(required = false) Long groupId, @RequestParam(required = false) String sector,
                       @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                       Model model) {
        EnterpriseQuery query = new EnterpriseQuery(blankToNull(regionCode), parkId, groupId, blankToNull(sector), q, null,
                page, 20);
        model.addAttribute("result", enterprises.list(query));
        model.addAttribute("query", query);
        model.addAttribute("parks", parks.parks());
        model.addAttribute("sectors", List.of("POWER", "STEEL", "CEMENT", "ALUMINIUM", "NONFERROUS", "CHEMICALS",
                "BUILDINGS", "OTHER"));
        return "organization/enterprises";
    }

    /** Every page of the filtered list (not only the one shown), from the same scoped query, as .xlsx or .csv. */
    @GetMapping(path = "/enterprises", params = "format")
    ResponseEntity<byte[]> exportEnterprises(@RequestParam(required = false) String regionCode,
                                             @RequestParam(required = false) Long parkId,
                                             @RequestParam(required = false) Long groupId,
                                             @RequestParam(required = false) String sector,
                                             @RequestParam(required = false) String q, @RequestParam String format) {
        ExportTable.Builder table = ExportTable.named("企业", "统一社会信用代码", "企业名称", "行政区划代码", "行政区划", "园区",
                "企业集团", "行业代码", "行业", "板块", "全国碳市场重点排放单位", "地址");
        for (int page = 0; page < MAX_EXPORT_PAGES; page++) {
            var result = enterprises.list(new EnterpriseQuery(blankToNull(regionCode), parkId, groupId, blankToNull(sector), q,
                    null, page, EXPORT_PAGE_SIZE));
            for (Enterprise e : result.items()) {
                table.row(e.uscc(), e.name(), e.regionCode(), e.regionName(), e.parkName(), e.groupName(), e.industryCode(),
                        e.industryName(), e.sector(), e.etsKeyEmitter(), e.address());
            }
            if (page + 1 >= result.pages()) {
                break;
            }
        }
        return TableExport.download(format, "企业名录", table.build());
    }

    @GetMapping("/enterprises/{id}")
    String enterprise(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
        Enterprise enterprise = enterprises.get(id);
        int shownYear = year != null ? year : activity.latestYear().orElse(java.time.Year.now().getValue() - 1);
        model.addAttribute("enterprise", enterprise);
        model.addAttribute("units", units.ofEnterprise(id));
        model.addAttribute("year", shownYear);
        model.addAttribute("rows", ActivityPivot.of(activity.ofEnterprise(id, shownYear)));
        return "organization/enterprise";
    }

    @GetMapping("/enterprises/new")
    String newEnterprise(@AuthenticationPrincipal CurrentUser me, Model model) {
        me.require(Permission.ORG_MANAGE);
        return enterpriseForm(me, model, EnterpriseForm.empty(), null, null, List.of());
    }

    @PostMapping("/enterprises")
    String register(@AuthenticationPrincipal CurrentUser me, @Valid @ModelAttribute("form") EnterpriseForm form,
                    BindingResult binding, Model model, RedirectAttributes redirect) {
        me.require(Permission.ORG_MANAGE);
        return FormSubmission.handle(binding, problems -> enterpriseForm(me, model, form, null, null, problems), () -> {
            Enterprise saved = enterprises.register(form);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/org/enterprises/" + saved.id();
        });
    }

    @GetMapping("/enterprises/{id}/edit")
    String editEnterprise(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        me.require(Permission.ORG_MANAGE);
        Enterprise enterprise = enterprises.get(id);
        return enterpriseForm(me, model, EnterpriseForm.of(enterprise), id, enterprise.version(), List.of());
    }

    @PostMapping("/enterprises/{id}")
    String update(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestParam int version,
                  @Valid @ModelAttribute("form") EnterpriseForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        me.require(Permission.ORG_MANAGE);
        return FormSubmission.handle(binding, problems -> enterpriseForm(me, model, form, id, version, problems), () -> {
            enterprises.update(id, version, form);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/org/enterprises/" + id;
        });
    }

    @GetMapping("/enterprises/{id}/units/new")
    String newUnit(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        me.require(Permission.UNIT_MANAGE);
        return unitForm(model, enterprises.get(id), null, EmissionUnitForm.empty(), List.of());
    }

    @PostMapping("/enterprises/{id}/units")
    String addUnit(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                   @Valid @ModelAttribute("form") EmissionUnitForm form, BindingResult binding, Model model,
                   RedirectAttributes redirect) {
        me.require(Permission.UNIT_MANAGE);
        Enterprise enterprise = enterprises.get(id);
        return FormSubmission.handle(binding, problems -> unitForm(model, enterprise, null, form, problems), () -> {
            units.add(id, form);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/org/enterprises/" + id;
        });
    }

    @GetMapping("/units/{unitId}/edit")
    String editUnit(@AuthenticationPrincipal CurrentUser me, @PathVariable long unitId, Model model) {
        me.require(Permission.UNIT_MANAGE);
        EmissionUnit unit = units.get(unitId);
        return unitForm(model, enterprises.get(unit.enterpriseId()), unit, EmissionUnitForm.of(unit), List.of());
    }

    @PostMapping("/units/{unitId}")
    String updateUnit(@AuthenticationPrincipal CurrentUser me, @PathVariable long unitId,
                      @RequestParam(defaultValue = "false") boolean active,
                      @Valid @ModelAttribute("form") EmissionUnitForm form, BindingResult binding, Model model,
                      RedirectAttributes redirect) {
        me.require(Permission.UNIT_MANAGE);
        EmissionUnit unit = units.get(unitId);
        Enterprise enterprise = enterprises.get(unit.enterpriseId());
        return FormSubmission.handle(binding, problems -> unitForm(model, enterprise, unit, form, problems), () -> {
            units.update(unitId, active, form);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/org/enterprises/" + enterprise.id();
        });
    }
    private String enterpriseForm(CurrentUser me, Model model, EnterpriseForm form, Long id, Integer version, List<FieldProblem> problems) {
        model.addAttribute("form", form);
        model.addAttribute("enterpriseId", id);
        model.addAttribute("version", version);
        model.addAttribute("problems", problems);
        model.addAttribute("parks", parks.parks());
        model.addAttribute("groups", parks.groups());
        model.addAttribute("industries", industries.classes());
        model.addAttribute("regionChoices", regionChoices(me, form.regionCode()));
        return "organization/enterprise-form";
    }

    private String unitForm(Model model, Enterprise enterprise, EmissionUnit unit, EmissionUnitForm form,
                            List<FieldProblem> problems) {
        model.addAttribute("enterprise", enterprise);
        model.addAttribute("unit", unit);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("kinds", EmissionUnitKind.values());
        model.addAttribute("items", items.all());
        return "organization/unit-form";
    }

    /** The divisions the user may place an enterprise in: those of its jurisdiction, plus the current one. */
    private List<Region> regionChoices(CurrentUser me, String current) {
        List<Region> result = new ArrayList<>();
        if (me.account().regionCode() != null) {
            regions.find(me.account().regionCode()).ifPresent(r -> result.addAll(regions.below(r)));
        } else if (me.account().parkId() != null) {
            parks.park(me.account().parkId()).flatMap(p -> regions.find(p.regionCode())).ifPresent(result::add);
        } else if (me.scope().isUnrestricted()) {
            result.addAll(regions.all());
        }
        result.removeIf(r -> r.level() == DivisionCode.Level.PROVINCE);
        if (current != null && !current.isBlank() && result.stream().noneMatch(r -> r.code().equals(current))) {
            regions.find(current).ifPresent(result::add);
        }
        return result;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
