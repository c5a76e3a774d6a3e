package org.dualcarbon.factors.internal;

import java.util.List;
import org.dualcarbon.factors.Factor;
import org.dualcarbon.factors.FactorLibraries;
import org.dualcarbon.factors.FactorParameter;
import java.io.IOException;
import org.dualcarbon.common.web.InvalidInputException;
import org.dualcarbon.factors.FactorLibraryLifecycle;
import org.dualcarbon.factors.FactorLibraryVersion;
import org.dualcarbon.security.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
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
    private final FactorLibraryLifecycle lifecycle;

    FactorPages(FactorLibraries libraries, FactorLibraryLifecycle lifecycle) {
        this.libraries = libraries;
        this.lifecycle = lifecycle;
    }

    @GetMapping
    String libraries(Model model) {
        model.addAttribute("versions", libraries.versions());
        return "factors/libraries";
    }

    @GetMapping("/upload")
    String uploadForm(@AuthenticationPrincipal CurrentUser me, Model model) {
        me.require(org.dualcarbon.security.Permission.RULE_EDIT);
        model.addAttribute("problems", List.of());
        return "factors/upload";
    }

    /** A new version from an edited table: refused whole with every problem, or stored and sent for review. */
    @PostMapping("/upload")
    String upload(@AuthenticationPrincipal CurrentUser me, @RequestParam("file") MultipartFile file,
                  @RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) throws IOException {
        try {
            FactorLibraryVersion version = lifecycle.submit(file.getOriginalFilename(), file.getBytes(), reason, me.getUsername());
            redirect.addFlashAttribute("submitted", version.key());
            return "redirect:/factors";
        } catch (FactorTableException e) {
            model.addAttribute("problems", e.problems());
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems().stream()
                    .map(p -> new TableProblem("form", 0, p.field(), p.reason())).toList());
        }
        model.addAttribute("reason", reason);
        return "factors/upload";
    }

    @PostMapping("/{code}/{version}/rollback")
    String rollback(@AuthenticationPrincipal CurrentUser me, @PathVariable String code, @PathVariable String version,
                    @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        lifecycle.requestRollback(code, version, reason, me.getUsername());
        redirect.addFlashAttribute("submitted", code + "@" + version);
        return "redirect:/factors";
    }

    @GetMapping("/{code}/{version}/table.csv")
    ResponseEntity<byte[]> downloadCsv(@PathVariable String code, @PathVariable String version) {
        return download(code, version, libraries.content(code, version), "csv", "text/csv");
    }

    @GetMapping("/{code}/{version}/table.xlsx")
    ResponseEntity<byte[]> downloadXlsx(@PathVariable String code, @PathVariable String version) {
        return download(code, version, TableFiles.csvToXlsx(libraries.content(code, version)), "xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    private static ResponseEntity<byte[]> download(String code, String version, byte[] body, String extension, String type) {
        String name = (code + "-" + version).replaceAll("[^A-Za-z0-9._-]", "_") + ".drl." + extension;
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
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
