package org.dualcarbon.monitoring.internal;

import java.io.IOException;
import java.util.List;
import org.dualcarbon.common.web.InvalidInputException;
import org.dualcarbon.monitoring.MonitoringThresholds;
import org.dualcarbon.monitoring.ThresholdProblem;
import org.dualcarbon.monitoring.ThresholdTableRefused;
import org.dualcarbon.monitoring.ThresholdTableVersion;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The threshold table page (/monitoring/thresholds): the rows the rules run with, every version with who uploaded it,
 * when and why, each version's file to download, and the upload form; a refused upload comes back with every row and
 * reason and nothing changed.
 */
@Controller
@RequestMapping("/monitoring/thresholds")
class ThresholdTablePages {

    private final MonitoringThresholds thresholds;

    ThresholdTablePages(MonitoringThresholds thresholds) {
        this.thresholds = thresholds;
    }

    @GetMapping
    String page(Model model) {
        return show(model, List.of(), "");
    }

    @PostMapping
    String upload(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "") String reason,
                  Authentication caller, Model model, RedirectAttributes redirect) throws IOException {
        try {
            ThresholdTableVersion version = thresholds.upload(file.getOriginalFilename(), file.getBytes(), reason,
                    caller.getName());
            redirect.addFlashAttribute("activated", version.version());
            return "redirect:/monitoring/thresholds";
        } catch (ThresholdTableRefused e) {
            return show(model, e.problems(), reason);
        } catch (InvalidInputException e) {
            return show(model, e.problems().stream().map(p -> new ThresholdProblem(0, null, p.field(), p.reason())).toList(),
                    reason);
        }
    }

    @GetMapping("/{version}/table.csv")
    ResponseEntity<byte[]> csv(@PathVariable int version) {
        return download(version, thresholds.csv(version), "csv");
    }

    @GetMapping("/{version}/table.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable int version) {
        return download(version, thresholds.xlsx(version), "xlsx");
    }

    private String show(Model model, List<ThresholdProblem> problems, String reason) {
        model.addAttribute("rows", thresholds.activeRows());
        model.addAttribute("versions", thresholds.versions());
        model.addAttribute("problems", problems);
        model.addAttribute("reason", reason);
        return "monitoring/thresholds";
    }

    static ResponseEntity<byte[]> download(int version, byte[] body, String extension) {
        String type = "csv".equals(extension) ? "text/csv;charset=UTF-8"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("warning-thresholds-v" + version + ".drl." + extension).build().toString())
                .body(body);
    }
}
