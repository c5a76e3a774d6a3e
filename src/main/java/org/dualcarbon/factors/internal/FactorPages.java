package org.dualcarbon.factors.internal;

import java.util.List;
import org.dualcarbon.factors.Factor;
import org.dualcarbon.factors.FactorLibraries;
import org.dualcarbon.factors.FactorParameter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The factor library pages: every version, and every row of a version with its citation and status. */
@Controller
@RequestMapping("/factors")
class FactorPages {

    private final FactorLibraries libraries;

    FactorPages(FactorLibraries libraries) {
        this.libraries = libraries;
    }

    @GetMapping
    String libraries(Model model) {
        model.addAttribute("versions", libraries.versions());
        return "factors/libraries";
    }

    @GetMapping("/{code}/{version}")
    String rows(@PathVariable String code, @PathVariable String version, @RequestParam(required = false) String parameter,
                @RequestParam(required = false) String q, @RequestParam(required = false) String status, Model model) {
        List<Factor> rows = libraries.rows(code, version).stream()
                .filter(f -> parameter == null || parameter.isBlank() || f.parameter().name().equals(parameter))
                .filter(f -> status == null || status.isBlank() || f.status().equals(status))
                .filter(f -> q == null || q.isBlank() || f.subject().contains(q.toUpperCase(java.util.Locale.ROOT))
                        || f.reference().contains(q) || f.name().contains(q.toUpperCase(java.util.Locale.ROOT)))
                .toList();
        model.addAttribute("library", libraries.version(code, version));
        model.addAttribute("rows", rows);
        model.addAttribute("parameters", FactorParameter.values());
        model.addAttribute("parameter", parameter == null ? "" : parameter);
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("q", q == null ? "" : q);
        return "factors/library";
    }
}
