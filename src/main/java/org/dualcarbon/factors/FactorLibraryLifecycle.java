package org.dualcarbon.factors;

import org.springframework.context.ApplicationEventPublisher;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.dualcarbon.common.web.InvalidInputException;
import org.dualcarbon.common.web.NotFoundException;
import org.dualcarbon.factors.internal.CompiledLibrary;
import org.dualcarbon.factors.internal.FactorTableException;
import org.dualcarbon.factors.internal.LibraryVersionMapper;
import org.dualcarbon.factors.internal.TableFiles;
import org.dualcarbon.factors.internal.TableProblem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A library version's life (规则库生命周期): a rule author submits a table (checked cell by cell and compiled, or
 * refused with sheet, row, column and reason — the active version untouched); a second person reviews it in
 * Tasklist; approval activates it in one transaction; an earlier version comes back the same way.
 */
@Service
public class FactorLibraryLifecycle {

    private final LibraryVersionMapper versions;
    private final FactorLibraries libraries;
    private final RuntimeService runtime;

    private final ApplicationEventPublisher events;

    public FactorLibraryLifecycle(LibraryVersionMapper versions, FactorLibraries libraries, RuntimeService runtime,
                                  ApplicationEventPublisher events) {
        this.events = events;
        this.versions = versions;
        this.libraries = libraries;
        this.runtime = runtime;
    }

    /** Stores a new version as in review and starts its review; returns the version. */
    @PreAuthorize("hasAuthority('RULE_EDIT')")
    @Transactional
    public FactorLibraryVersion submit(String fileName, byte[] file, String reason, String requestedBy) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "请说明修改理由 / say why the table changes");
        }
        byte[] csv = TableFiles.toCsv(fileName, file);
        CompiledLibrary library = CompiledLibrary.build(fileName, csv, TableFiles.sha256(csv), "UPLOADED");
        FactorLibraryVersion version = library.version();
        if (versions.find(version.code(), version.version()).isPresent()) {
            throw new FactorTableException(List.of(new TableProblem("Library", 0, "version",
                    "该版本已存在，修改须使用新版本号 / " + version.key() + " exists; a changed table needs a new version")));
        }
        versions.insert(version, new String(csv, StandardCharsets.UTF_8), "IN_REVIEW", requestedBy, false, null, reason);
        libraries.remember(library);
        startReview(version, FactorLibraryReviewProcess.ACTION_ACTIVATE, reason, requestedBy);
        return version;
    }

    /** Asks to make an earlier approved version active again; reviewed like a new one. */
    @PreAuthorize("hasAuthority('RULE_EDIT')")
    @Transactional
    public void requestRollback(String code, String version, String reason, String requestedBy) {
        LibraryVersionMapper.StoredVersion stored = versions.find(code, version)
                .orElseThrow(() -> new NotFoundException("factor library", code + "@" + version));
        if (!"APPROVED".equals(stored.reviewState()) || stored.active()) {
            throw new InvalidInputException("version", "只能回退到已批准且未启用的版本 / only an approved, inactive version can come back");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "请说明回退理由 / say why");
        }
        startReview(stored.toVersion(), FactorLibraryReviewProcess.ACTION_ROLLBACK, reason, requestedBy);
    }

    /** Makes a version the active one of its library, atomically; called by the review process. */
    @Transactional
    public void activate(String code, String version, String reviewedBy, String comment) {
        versions.find(code, version).orElseThrow(() -> new NotFoundException("factor library", code + "@" + version));
        versions.deactivateAll(code);
        versions.activate(code, version, reviewedBy, comment);
        events.publishEvent(new FactorLibraryActivated(code, version, reviewedBy));
    }

    /** Records that the review refused a version. */
    @Transactional
    public void reject(String code, String version, String comment) {
        LibraryVersionMapper.StoredVersion stored = versions.find(code, version)
                .orElseThrow(() -> new NotFoundException("factor library", code + "@" + version));
        if ("IN_REVIEW".equals(stored.reviewState())) {
            versions.reject(code, version, comment);
        }
    }

    private void startReview(FactorLibraryVersion version, String action, String reason, String requestedBy) {
        String instance = runtime.startProcessInstanceByKey(FactorLibraryReviewProcess.KEY, version.key(), Map.of(
                FactorLibraryReviewProcess.VAR_CODE, version.code(),
                FactorLibraryReviewProcess.VAR_VERSION, version.version(),
                FactorLibraryReviewProcess.VAR_ACTION, action,
                FactorLibraryReviewProcess.VAR_REASON, reason,
                FactorLibraryReviewProcess.VAR_REQUESTED_BY, requestedBy)).getId();
        if (FactorLibraryReviewProcess.ACTION_ACTIVATE.equals(action)) {
            versions.attachProcess(version.code(), version.version(), instance);
        }
    }
}
