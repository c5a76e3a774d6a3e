package org.dualcarbon.monitoring.internal;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.dualcarbon.monitoring.MonitoringThresholds;
import org.dualcarbon.monitoring.ThresholdRow;
import org.dualcarbon.monitoring.ThresholdTableRefused;
import org.dualcarbon.monitoring.ThresholdTableVersion;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The threshold table over REST: versions, the active rows, a version's file, and the upload of a new version
 * (multipart {@code file} and {@code reason}); a refused table answers 400 with an RFC 9457 problem whose
 * {@code errors} list every row and reason.
 */
@RestController
@RequestMapping("/api/monitoring/thresholds")
class ThresholdTableApi {

    private final MonitoringThresholds thresholds;

    ThresholdTableApi(MonitoringThresholds thresholds) {
        this.thresholds = thresholds;
    }

    @GetMapping("/versions")
    List<ThresholdTableVersion> versions() {
        return thresholds.versions();
    }

    @GetMapping("/active")
    List<ThresholdRow> active() {
        return thresholds.activeRows();
    }

    @GetMapping("/versions/{version}/table.csv")
    ResponseEntity<byte[]> csv(@PathVariable int version) {
        return ThresholdTablePages.download(version, thresholds.csv(version), "csv");
    }

    @GetMapping("/versions/{version}/table.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable int version) {
        return ThresholdTablePages.download(version, thresholds.xlsx(version), "xlsx");
    }

    @PostMapping("/versions")
    @ResponseStatus(HttpStatus.CREATED)
    ThresholdTableVersion upload(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "") String reason,
                                 Authentication caller) throws IOException {
        return thresholds.upload(file.getOriginalFilename(), file.getBytes(), reason, caller.getName());
    }

    @ExceptionHandler(ThresholdTableRefused.class)
    ProblemDetail refused(ThresholdTableRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setType(URI.create("urn:dualcarbon:problem:threshold-table-refused"));
        problem.setTitle("Threshold table refused");
        problem.setProperty("errors", e.problems());
        return problem;
    }
}
