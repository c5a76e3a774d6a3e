package org.dualcarbon.reporting.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dualcarbon.common.excel.CellProblem;
import org.dualcarbon.common.excel.WorkbookRejectedException;
import org.dualcarbon.common.web.InvalidInputException;
import org.dualcarbon.reporting.ReportAttachment;
import org.dualcarbon.reporting.ReportWorkbooks;
import org.dualcarbon.security.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Excel round trip on the report page: download the report's template, upload it filled (the page shows the
 * result or every problem at its cell after a redirect), and download a kept original.
 */
@Controller
class ReportWorkbookPages {

    private final ReportWorkbooks workbooks;

    ReportWorkbookPages(ReportWorkbooks workbooks) {
        this.workbooks = workbooks;
    }

    @GetMapping("/reports/{id}/template.xlsx")
    ResponseEntity<byte[]> template(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return download(workbooks.template(id, me));
    }

    @PostMapping("/reports/{id}/import")
    String importWorkbook(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                          @RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String token,
                          RedirectAttributes redirect) {
        try {
            if (file == null || file.isEmpty()) {
                throw WorkbookRejectedException.ofFile("请选择要上传的 .xlsx 文件", null);
            }
            workbooks.importWorkbook(id, file.getOriginalFilename(), file.getBytes(), token, me);
            List<ReportAttachment> kept = workbooks.attachments(id);
            redirect.addFlashAttribute("imported", kept.isEmpty() ? null : kept.get(kept.size() - 1));
        } catch (WorkbookRejectedException e) {
            redirect.addFlashAttribute("importProblems", e.problems());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("importProblems", e.problems().stream()
                    .map(p -> CellProblem.ofFile(p.reason())).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the upload for report " + id, e);
        }
        return "redirect:/reports/" + id;
    }

    @GetMapping("/reports/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
        return download(workbooks.attachment(id, attachmentId));
    }

    static ResponseEntity<byte[]> download(ReportWorkbooks.Download file) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file.content());
    }
}
