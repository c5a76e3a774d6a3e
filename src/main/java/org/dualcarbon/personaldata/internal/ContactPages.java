package org.dualcarbon.personaldata.internal;

import jakarta.validation.Valid;
import java.security.Principal;
import org.dualcarbon.common.web.InvalidInputException;
import org.dualcarbon.organization.EnterpriseService;
import org.dualcarbon.personaldata.ContactForm;
import org.dualcarbon.personaldata.ContactPersons;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The contact person's page of an enterprise: masked values, the form to record them, and an audited reveal. */
@Controller
class ContactPages {

    private final ContactPersons contacts;
    private final EnterpriseService enterprises;

    ContactPages(ContactPersons contacts, EnterpriseService enterprises) {
        this.contacts = contacts;
        this.enterprises = enterprises;
    }

    @GetMapping("/org/enterprises/{id}/contact")
    String page(@PathVariable long id, Model model) {
        model.addAttribute("enterprise", enterprises.get(id));
        model.addAttribute("contact", contacts.masked(id).orElse(null));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ContactForm("", "", "", ""));
        }
        return "personaldata/contact";
    }

    @PostMapping("/org/enterprises/{id}/contact")
    String set(@PathVariable long id, @Valid @ModelAttribute("form") ContactForm form, BindingResult binding, Principal me,
               Model model) {
        if (!binding.hasErrors()) {
            contacts.set(id, form, me.getName());
            return "redirect:/org/enterprises/" + id + "/contact";
        }
        model.addAttribute("errors", binding.getFieldErrors().stream()
                .map(e -> e.getField() + ": " + e.getDefaultMessage()).toList());
        return page(id, model);
    }

    @PostMapping("/org/enterprises/{id}/contact/reveal")
    String reveal(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Model model) {
        try {
            model.addAttribute("revealed", contacts.reveal(id, reason));
        } catch (InvalidInputException e) {
            model.addAttribute("errors", java.util.List.of(e.getMessage()));
        }
        return page(id, model);
    }
}
