package org.dualcarbon.documents;

import java.util.List;
import org.dualcarbon.documents.internal.DocumentFingerprintMapper;
import org.dualcarbon.documents.internal.DocumentRenderer;
import org.dualcarbon.documents.internal.UnitReportComposer;
import org.dualcarbon.reporting.ReportStatus;
import org.dualcarbon.reporting.UnitReport;
import org.dualcarbon.reporting.UnitReports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * A unit's annual emission report as .docx or PDF (排放单位年度碳排放报告), generated from the stored data whenever it is
 * asked for — any time, approved or not — through the caller's scope (a report outside it is 404). An approved
 * report's documents are fingerprinted once: after the approval commits, or at the first download if that failed.
 */
@Service
public class ReportDocuments {

    private static final Logger log = LoggerFactory.getLogger(ReportDocuments.class);

    private final UnitReports reports;
    private final UnitReportComposer composer;
    private final DocumentRenderer renderer;
    private final DocumentFingerprintMapper fingerprints;

    public ReportDocuments(UnitReports reports, UnitReportComposer composer, DocumentRenderer renderer,
                           DocumentFingerprintMapper fingerprints) {
        this.reports = reports;
        this.composer = composer;
        this.renderer = renderer;
        this.fingerprints = fingerprints;
    }

    /**
     * The report's document in the format, from its data as stored now. The data are read in one read-only
     * transaction; the rendering (seconds for a PDF) holds no connection.
     */
    public GeneratedDocument unitReport(long reportId, DocumentFormat format) {
        UnitReportComposer.Composed composed = composer.compose(reportId);
        GeneratedDocument document = renderer.render(composed.document(), format);
        if (composed.report().status() == ReportStatus.APPROVED
                && fingerprints.ofReport(reportId).stream().noneMatch(f -> f.format() == format)) {
            register(composed.report(), composed.document(), document);
        }
        return document;
    }

    /** The fingerprints registered for the report (none before it is approved). */
    public List<DocumentFingerprint> fingerprints(long reportId) {
        reports.report(reportId);
        return fingerprints.ofReport(reportId);
    }

    /** Generates both documents of an approved report and registers their fingerprints, once per format. */
    public List<DocumentFingerprint> registerApproved(long reportId) {
        UnitReportComposer.Composed composed = composer.compose(reportId);
        if (composed.report().status() != ReportStatus.APPROVED) {
            throw new IllegalStateException("report " + reportId + " is not approved");
        }
        List<DocumentFingerprint> existing = fingerprints.ofReport(reportId);
        for (DocumentFormat format : DocumentFormat.values()) {
            if (existing.stream().noneMatch(f -> f.format() == format)) {
                register(composed.report(), composed.document(), renderer.render(composed.document(), format));
            }
        }
        return fingerprints.ofReport(reportId);
    }

    private void register(UnitReport report, ReportDocument model, GeneratedDocument document) {
        try {
            fingerprints.insert(new DocumentFingerprint(null, report.id(), document.format(), document.sha256(),
                    document.content().length, model.asOf(), null, report.scopePath()));
            log.info("report {} {} fingerprint registered: {}", report.id(), document.format(), document.sha256());
        } catch (DuplicateKeyException e) {
            log.debug("report {} {} fingerprint registered concurrently", report.id(), document.format());
        }
    }
}
