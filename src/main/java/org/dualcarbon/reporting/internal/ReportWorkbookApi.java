package org.dualcarbon.reporting.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dualcarbon.common.excel.WorkbookRejectedException;
import org.dualcarbon.reporting.ReportAttachment;
import org.dualcarbon.reporting.ReportWorkbooks;
import org.dualcarbon.reporting.UnitReport;
import org.dualcarbon.security.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The Excel round trip for API clients: the template, the import (a refused file answers 400 with every problem
 * under {@code errors}: sheet, row, column, reason), and the kept files with their SHA-256.
 */
@RestController
class ReportWorkbookApi {

    private final ReportWorkbooks workbooks;

    ReportWorkbookApi(ReportWorkbooks workbooks) {
        this.workbooks = workbooks;
    }

    @GetMapping("/api/reports/{id}/template.xlsx")
    ResponseEntity<byte[]> template(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return ReportWorkbookPages.download(workbooks.template(id, me));
    }

    @PostMapping(path = "/api/reports/{id}/workbook", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    UnitReport importWorkbook(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                              @RequestParam(required = false) MultipartFile file,
                              @RequestParam(required = false) String token) {
        if (file == null || file.isEmpty()) {
            throw WorkbookRejectedException.ofFile("请上传 .xlsx 文件（字段 file）", null);
        }
        try {
            return workbooks.importWorkbook(id, file.getOriginalFilename(), file.getBytes(), token, me);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the upload for report " + id, e);
        }
    }

    @GetMapping("/api/reports/{id}/attachments")
    List<ReportAttachment> attachments(@PathVariable long id) {
        return workbooks.attachments(id);
    }
}
