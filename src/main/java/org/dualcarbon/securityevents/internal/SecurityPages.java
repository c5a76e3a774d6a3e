package org.dualcarbon.securityevents.internal;

import java.security.Principal;
import org.dualcarbon.securityevents.DataClassification;
import org.dualcarbon.securityevents.DataRetirement;
import org.dualcarbon.securityevents.SecurityEvent;
import org.dualcarbon.securityevents.SecurityEvents;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The security administrator's pages: security events (read, acknowledge) and the data classes with retirement runs. */
@Controller
@PreAuthorize("hasAuthority('SECURITY_POLICY')")
class SecurityPages {

    private final SecurityEvents events;
    private final DataClassification classification;
    private final DataRetirement retirement;

    SecurityPages(SecurityEvents events, DataClassification classification, DataRetirement retirement) {
        this.events = events;
        this.classification = classification;
        this.retirement = retirement;
    }

    @GetMapping("/security/events")
    String events(@RequestParam(required = false) String status, Model model) {
        String filter = SecurityEvent.OPEN.equals(status) || SecurityEvent.ACKNOWLEDGED.equals(status) ? status : null;
        model.addAttribute("status", filter == null ? "" : filter);
        model.addAttribute("events", events.recent(filter));
        return "securityevents/events";
    }

    @PostMapping("/security/events/{id}/acknowledge")
    String acknowledge(@PathVariable long id, @RequestParam(defaultValue = "") String note, Principal me, RedirectAttributes redirect) {
        try {
            boolean done = events.acknowledge(id, me.getName(), note);
            redirect.addFlashAttribute("message", done ? "已确认 / acknowledged" : "该事件已确认或不存在 / already acknowledged or unknown");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/security/events";
    }

    @GetMapping("/security/data")
    String data(Model model) {
        model.addAttribute("classes", classification.all());
        model.addAttribute("runs", retirement.recentRuns());
        return "securityevents/data";
    }

    @PostMapping("/security/data/retire")
    String retire(Principal me, RedirectAttributes redirect) {
        long rows = retirement.runNow(me.getName()).stream().mapToLong(DataRetirement.Retired::rows).sum();
        redirect.addFlashAttribute("message", "退役完成，删除 " + rows + " 行 / retirement done, " + rows + " rows erased");
        return "redirect:/security/data";
    }
}
