package org.dualcarbon.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.dualcarbon.reporting.ReportApproved;
import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The approval hook never stands in the approval's way: a generation that fails is logged and reported as such, and
 * the transaction that published the approval commits whatever the documents do.
 */
@PlatformTest
class ApprovedReportDocumentsTest {

    static final long NO_SUCH_REPORT = 987_654_321L;

    @Autowired
    ApprovedReportDocuments hook;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFailedGenerationIsLoggedAndNothingIsRegistered() {
        assertThat(hook.generate(NO_SUCH_REPORT)).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM report_document WHERE report_id = ?", Long.class, NO_SUCH_REPORT))
                .isZero();
    }

    @Test
    void theApprovingTransactionCommitsWhateverTheDocumentsDo() {
        assertThatCode(() -> transactions.executeWithoutResult(status -> {
            jdbc.update("UPDATE app_user SET display_name = display_name WHERE username = 'gov.province'");
            events.publishEvent(new ReportApproved(NO_SUCH_REPORT, 2023, "gov.province"));
        })).doesNotThrowAnyException();
    }
}
