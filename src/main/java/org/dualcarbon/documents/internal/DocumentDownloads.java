package org.dualcarbon.documents.internal;

import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.List;
import org.dualcarbon.documents.DocumentFingerprint;
import org.dualcarbon.documents.DocumentFormat;
import org.dualcarbon.documents.GeneratedDocument;
import org.dualcarbon.documents.RegionalSummaries;
import org.dualcarbon.documents.ReportDocuments;
import org.dualcarbon.security.CurrentUser;
import org.dualcarbon.security.Permission;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads of the report documents: the buttons of a report's page ({@code /reports/{id}/document.docx|pdf}) and of
 * the inventory page ({@code /emissions/inventory/summary.docx|pdf}), and the same files over the API. Each response
 * carries the file's SHA-256 in {@code X-Content-SHA256}.
 */
@RestController
class DocumentDownloads {

    private final ReportDocuments reports;
    private final RegionalSummaries summaries;

    DocumentDownloads(ReportDocuments reports, RegionalSummaries summaries) {
        this.reports = reports;
        this.summaries = summaries;
    }

    @GetMapping({"/reports/{id}/document.{extension}", "/api/reports/{id}/documents/{extension}"})
    ResponseEntity<byte[]> unitReport(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                                      @PathVariable String extension) {
        me.require(Permission.ACTIVITY_READ);
        return file(reports.unitReport(id, DocumentFormat.ofExtension(extension)));
    }

    /** The fingerprints registered when the report was approved (SHA-256 per format). */
    @GetMapping("/api/reports/{id}/documents")
    List<DocumentFingerprint> fingerprints(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        me.require(Permission.ACTIVITY_READ);
        return reports.fingerprints(id);
    }

    @GetMapping({"/emissions/inventory/summary.{extension}", "/api/emissions/inventory/summary/{extension}"})
    ResponseEntity<byte[]> regionalSummary(@AuthenticationPrincipal CurrentUser me, @PathVariable String extension,
                                           @RequestParam(required = false) Integer year,
                                           @RequestParam(required = false) String region) {
        return file(summaries.summary(year == null ? Year.now().getValue() - 1 : year, region,
                DocumentFormat.ofExtension(extension), me));
    }

    private static ResponseEntity<byte[]> file(GeneratedDocument document) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.format().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-SHA256", document.sha256())
                .cacheControl(CacheControl.noStore())
                .body(document.content());
    }
}
