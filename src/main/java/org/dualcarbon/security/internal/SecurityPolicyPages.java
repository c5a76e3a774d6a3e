package org.dualcarbon.security.internal;

import java.security.Principal;
import org.dualcarbon.common.web.InvalidInputException;
import org.dualcarbon.security.SecurityPolicies;
import org.dualcarbon.security.SecurityPolicy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The security administrator's policy page: the policy in force, its versions, and the form to put a new one in force. */
@Controller
@PreAuthorize("hasAuthority('SECURITY_POLICY')")
class SecurityPolicyPages {

    private final SecurityPolicies policies;

    SecurityPolicyPages(SecurityPolicies policies) {
        this.policies = policies;
    }

    @GetMapping("/security/policy")
    String page(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", policies.current());
        }
        model.addAttribute("current", policies.current());
        model.addAttribute("versions", policies.versions());
        return "security/policy";
    }

    @PostMapping("/security/policy")
    String change(@RequestParam int minLength, @RequestParam int charClasses, @RequestParam int historyCount,
                  @RequestParam int maxFailures, @RequestParam int lockMinutes, @RequestParam int idleMinutes,
                  @RequestParam(defaultValue = "") String reason, Principal me, Model model) {
        SecurityPolicy proposed = new SecurityPolicy(0, minLength, charClasses, historyCount, maxFailures, lockMinutes,
                idleMinutes, me.getName(), reason);
        try {
            policies.change(proposed, me.getName());
            return "redirect:/security/policy";
        } catch (InvalidInputException e) {
            model.addAttribute("form", proposed);
            model.addAttribute("problems", e.problems());
            return page(model);
        }
    }
}
