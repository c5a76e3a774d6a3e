package org.dualcarbon.reporting.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dualcarbon.ledger.CanonicalContentProvider;
import org.dualcarbon.ledger.Sha256;
import org.dualcarbon.reporting.ReportAttachmentStored;
import org.dualcarbon.reporting.ReportDecided;
import org.dualcarbon.reporting.ReportSubmitted;
import org.springframework.stereotype.Component;

/**
 * The canonical content of reporting's ledger records. A submission is its version and its data exactly as stored
 * (the JSON text); a decision is the report event (who, what, remark); an attachment is its metadata, its recorded
 * SHA-256 and the SHA-256 of the bytes stored now. Timestamps are left out: the ledger record carries its own time,
 * and a database's time-zone handling must not alter a hash.
 */
@Component
class ReportingLedgerContent implements CanonicalContentProvider {

    private final ReportLedgerMapper rows;

    ReportingLedgerContent(ReportLedgerMapper rows) {
        this.rows = rows;
    }

    @Override
    public Set<String> recordTypes() {
        return Set.of(ReportSubmitted.LEDGER_TYPE, ReportDecided.LEDGER_TYPE, ReportAttachmentStored.LEDGER_TYPE);
    }

    @Override
    public Optional<Map<String, Object>> canonicalContent(String recordType, String objectId) {
        long id = Long.parseLong(objectId);
        return switch (recordType) {
            case ReportSubmitted.LEDGER_TYPE -> rows.submission(id).map(ReportingLedgerContent::submission);
            case ReportDecided.LEDGER_TYPE -> rows.decision(id).map(ReportingLedgerContent::decision);
            case ReportAttachmentStored.LEDGER_TYPE -> rows.attachment(id).map(ReportingLedgerContent::attachment);
            default -> throw new IllegalArgumentException("not a reporting record type: " + recordType);
        };
    }

    private static Map<String, Object> submission(ReportLedgerMapper.Submission s) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("id", s.id());
        content.put("reportId", s.reportId());
        content.put("versionNo", s.versionNo());
        content.put("data", s.dataJson());
        content.put("submitToken", s.submitToken());
        content.put("submittedBy", s.submittedBy());
        return content;
    }

    private static Map<String, Object> decision(ReportLedgerMapper.Decision d) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("id", d.id());
        content.put("reportId", d.reportId());
        content.put("event", d.event());
        content.put("actor", d.actor());
        content.put("remark", d.remark());
        return content;
    }

    private static Map<String, Object> attachment(ReportLedgerMapper.Attachment a) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("id", a.id());
        content.put("reportId", a.reportId());
        content.put("submissionId", a.submissionId());
        content.put("kind", a.kind());
        content.put("fileName", a.fileName());
        content.put("contentType", a.contentType());
        content.put("sizeBytes", a.sizeBytes());
        content.put("sha256", a.sha256());
        content.put("contentSha256", Sha256.hex(a.content()));
        content.put("uploadedBy", a.uploadedBy());
        return content;
    }
}
