package org.dualcarbon.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dualcarbon.common.excel.CellProblem;
import org.dualcarbon.common.excel.TableExport;
import org.dualcarbon.common.excel.UploadedWorkbooks;
import org.dualcarbon.common.excel.WorkbookRejectedException;
import org.dualcarbon.common.web.FieldProblem;
import org.dualcarbon.common.web.InvalidInputException;
import org.dualcarbon.common.web.NotFoundException;
import org.dualcarbon.energy.ActivityItemCatalog;
import org.dualcarbon.reporting.internal.ReportAttachmentMapper;
import org.dualcarbon.reporting.internal.ReportFormReader;
import org.dualcarbon.reporting.internal.ReportLedgerMapper;
import org.dualcarbon.reporting.internal.ReportWorkbookLayout;
import org.dualcarbon.reporting.internal.ReportWorkbookReader;
import org.dualcarbon.reporting.internal.ReportWorkbookWriter;
import org.dualcarbon.reporting.internal.ReportingMapper;
import org.dualcarbon.security.CurrentUser;
import org.dualcarbon.security.Permission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A report's Excel round trip (Excel 填报): the template made for one open report, and the import of a filled one
 * into the same submission task — all or nothing, every problem at its sheet, row and column, and on success exactly
 * the web form's submission ({@link UnitReports#submit}), with the original file and its SHA-256 kept beside it.
 */
@Service
public class ReportWorkbooks {

    private static final Logger log = LoggerFactory.getLogger(ReportWorkbooks.class);

    private final UnitReports reports;
    private final ActivityItemCatalog catalog;
    private final ReportingMapper store;
    private final ReportAttachmentMapper attachments;
    private final ReportLedgerMapper ledgerRows;
    private final ApplicationEventPublisher events;

    public ReportWorkbooks(UnitReports reports, ActivityItemCatalog catalog, ReportingMapper store,
                           ReportAttachmentMapper attachments, ReportLedgerMapper ledgerRows, ApplicationEventPublisher events) {
        this.ledgerRows = ledgerRows;
        this.events = events;
        this.reports = reports;
        this.catalog = catalog;
        this.store = store;
        this.attachments = attachments;
    }

    /** A downloadable file: its name and bytes. */
    public record Download(String fileName, String contentType, byte[] content) {
    }

    /** The template of a report open for submission, pre-filled with its draft or latest submission. */
    public Download template(long reportId, CurrentUser me) {
        me.require(Permission.ACTIVITY_SUBMIT);
        UnitReport report = openReport(reportId);
        byte[] content = new ReportWorkbookWriter(layout(report), reports.current(report).orElse(null)).write();
        return new Download("排放报告-" + report.year() + "-" + report.unitCode() + "-报告" + report.id() + ".xlsx",
                TableExport.XLSX.toString(), content);
    }

    /**
     * Imports a filled template into the report's open submission task. Refused whole, with every problem, by a
     * {@link WorkbookRejectedException}; nothing is stored and the task stays open. A token seen before returns the
     * report unchanged, as the web form does.
     */
    @Transactional
    public UnitReport importWorkbook(long reportId, String fileName, byte[] content, String token, CurrentUser me) {
        me.require(Permission.ACTIVITY_SUBMIT);
        String submitToken = token == null || token.isBlank() ? "xlsx-" + UUID.randomUUID() : token;
        if (store.submissionByToken(submitToken).isPresent()) {
            return reports.report(reportId);
        }
        UnitReport report = openReport(reportId);
        ReportWorkbookLayout layout = layout(report);
        ReportWorkbookReader.Read read;
        try (XSSFWorkbook workbook = UploadedWorkbooks.open(content, ReportWorkbookLayout.MAX_ROWS_ON_UPLOAD,
                ReportWorkbookLayout.MAX_COLUMNS_ON_UPLOAD)) {
            read = ReportWorkbookReader.read(workbook, layout);
        } catch (IOException e) {
            throw new UncheckedIOException("could not close the workbook of report " + reportId, e);
        }
        List<CellProblem> problems = new ArrayList<>(read.problems());
        if (read.layoutMatches()) {
            // the form's own checks (negative, ranges, required figures) before anything is stored, so that every
            // problem is reported at once at its cell; "nothing entered" only when the file has no other problem
            List<FieldProblem> formProblems = ReportFormReader.read(read.form(), reports.template(report),
                    reports.formItems(report)).problems().stream()
                    .filter(p -> problems.isEmpty() || !p.field().equals("items")).toList();
            problems.addAll(read.atCells(formProblems));
        }
        if (!problems.isEmpty()) {
            log.info("workbook of report {} refused with {} problems", reportId, problems.size());
            throw new WorkbookRejectedException(problems);
        }
        UnitReport submitted = reports.submit(reportId, read.form(), submitToken, me, UnitReports.Channel.EXCEL);
        long submissionId = store.submissionByToken(submitToken).orElseThrow().id();
        attachments.insertAttachment(new ReportAttachmentMapper.AttachmentRow(reportId, submissionId,
                ReportAttachment.EXCEL_IMPORT, safeName(fileName), TableExport.XLSX.toString(), content.length,
                sha256(content), content, me.getUsername(), report.scopePath()));
        events.publishEvent(new ReportAttachmentStored(ledgerRows.lastAttachmentId(submissionId), reportId, me.getUsername()));
        return submitted;
    }

    /** The files kept with the report's submissions, with their SHA-256 (for the ledger and the auditor). */
    public List<ReportAttachment> attachments(long reportId) {
        reports.report(reportId);
        return attachments.attachments(reportId);
    }

    /** A kept file as it was uploaded. */
    public Download attachment(long reportId, long attachmentId) {
        ReportAttachment attachment = attachments.attachment(reportId, attachmentId)
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        return new Download(attachment.fileName(), attachment.contentType(), attachments.content(reportId, attachmentId));
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private UnitReport openReport(long reportId) {
        UnitReport report = reports.report(reportId);
        if (!report.submittable()) {
            throw new InvalidInputException("status", "当前不在填报环节，不能下载或导入 Excel / the report is not open for submission");
        }
        return report;
    }

    private ReportWorkbookLayout layout(UnitReport report) {
        return ReportWorkbookLayout.of(report, reports.template(report), reports.formItems(report), catalog.byCode());
    }

    /** Only the last path segment, without control characters, at most 200 characters. */
    private static String safeName(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "upload.xlsx" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).replaceAll("\\p{Cntrl}", "");
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
