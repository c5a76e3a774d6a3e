package org.dualcarbon.security.internal;

import jakarta.validation.Valid;
import java.util.List;
import org.dualcarbon.common.web.FieldProblem;
import org.dualcarbon.common.web.FormSubmission;
import org.dualcarbon.security.NewUserForm;
import org.dualcarbon.security.Role;
import org.dualcarbon.security.UserAdministration;
import org.dualcarbon.security.UserDirectory;
import org.springframework.security.access.prepost.PreAuthorize;
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

/** The system administrator's account pages. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasAuthority('USER_MANAGE')")
class UserAdministrationPages {

    private final UserAdministration administration;
    private final UserDirectory directory;

    UserAdministrationPages(UserAdministration administration, UserDirectory directory) {
        this.administration = administration;
        this.directory = directory;
    }

    @GetMapping
    String users(Model model) {
        return page(model, new NewUserForm("", "", Role.ENTERPRISE_FILLER, "", null, null, null, List.of(), ""), List.of());
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") NewUserForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        return FormSubmission.handle(binding, problems -> page(model, form, problems), () -> {
            administration.create(form);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/users";
        });
    }

    @PostMapping("/{username}/enabled")
    String enable(@PathVariable String username, @RequestParam boolean value, RedirectAttributes redirect) {
        administration.setEnabled(username, value);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/users";
    }

    private String page(Model model, NewUserForm form, List<FieldProblem> problems) {
        model.addAttribute("accounts", directory.all());
        model.addAttribute("roles", Role.values());
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        return "security/users";
    }
}
