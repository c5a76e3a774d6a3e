package org.dualcarbon.organization.internal;

import jakarta.validation.Valid;
import java.util.List;
import org.dualcarbon.common.web.FieldProblem;
import org.dualcarbon.common.web.FormSubmission;
import org.dualcarbon.energy.ActivityItemCatalog;
import org.dualcarbon.organization.GroupForm;
import org.dualcarbon.organization.IndustryCatalog;
import org.dualcarbon.organization.ParkForm;
import org.dualcarbon.organization.ParkService;
import org.dualcarbon.organization.RegionService;
import org.dualcarbon.security.CurrentUser;
import org.dualcarbon.security.Permission;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Reference-data pages: parks and groups (list and register), divisions, industries, activity items. */
@Controller
@RequestMapping("/org")
class ReferenceDataPages {

    private final RegionService regions;
    private final IndustryCatalog industries;
    private final ParkService parks;
    private final ActivityItemCatalog items;

    ReferenceDataPages(RegionService regions, IndustryCatalog industries, ParkService parks, ActivityItemCatalog items) {
        this.regions = regions;
        this.industries = industries;
        this.parks = parks;
        this.items = items;
    }

    @GetMapping("/parks")
    String parks(Model model) {
        return parksPage(model, new ParkForm("", "", "", "PROVINCIAL"), List.of());
    }

    @PostMapping("/parks")
    String registerPark(@AuthenticationPrincipal CurrentUser me, @Valid @ModelAttribute("form") ParkForm form,
                        BindingResult binding, Model model, RedirectAttributes redirect) {
        me.require(Permission.ORG_MANAGE);
        return FormSubmission.handle(binding, problems -> parksPage(model, form, problems), () -> {
            parks.register(form);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/org/parks";
        });
    }

    @GetMapping("/groups")
    String groups(Model model) {
        return groupsPage(model, new GroupForm("", "", ""), List.of());
    }

    @PostMapping("/groups")
    String registerGroup(@AuthenticationPrincipal CurrentUser me, @Valid @ModelAttribute("form") GroupForm form,
                         BindingResult binding, Model model, RedirectAttributes redirect) {
        me.require(Permission.ORG_MANAGE);
        return FormSubmission.handle(binding, problems -> groupsPage(model, form, problems), () -> {
            parks.registerGroup(form);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/org/groups";
        });
    }

    private String groupsPage(Model model, GroupForm form, List<FieldProblem> problems) {
        model.addAttribute("groups", parks.groups());
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        return "organization/groups";
    }

    @GetMapping("/regions")
    String regionTree(@RequestParam(required = false) String parent, Model model) {
        model.addAttribute("parent", parent == null ? null : regions.find(parent).orElse(null));
        model.addAttribute("regions", parent == null ? regions.provinces() : regions.children(parent));
        return "organization/regions";
    }

    @GetMapping("/industries")
    String industries(Model model) {
        model.addAttribute("industries", industries.all());
        return "organization/industries";
    }

    @GetMapping("/items")
    String items(Model model) {
        model.addAttribute("items", items.all());
        return "organization/items";
    }

    private String parksPage(Model model, ParkForm form, List<FieldProblem> problems) {
        model.addAttribute("parks", parks.parks());
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        return "organization/parks";
    }
}
