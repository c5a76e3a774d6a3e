package org.dualcarbon.security.internal;

import java.util.List;
import org.dualcarbon.common.web.InvalidInputException;
import org.dualcarbon.security.CurrentUser;
import org.dualcarbon.security.PasswordChange;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Every user's own password page; the first page an account with an initial password sees. */
@Controller
class PasswordPages {

    private final PasswordChange change;

    PasswordPages(PasswordChange change) {
        this.change = change;
    }

    @GetMapping("/account/password")
    String form(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("mustChange", change.mustChange(me.getUsername()));
        model.addAttribute("problems", List.of());
        return "security/password";
    }

    @PostMapping("/account/password")
    String change(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String current,
                  @RequestParam(required = false) String password, @RequestParam(required = false) String confirmation,
                  Model model) {
        try {
            change.change(me.getUsername(), current, password, confirmation);
            model.addAttribute("saved", true);
            model.addAttribute("problems", List.of());
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
        }
        model.addAttribute("mustChange", change.mustChange(me.getUsername()));
        return "security/password";
    }
}
