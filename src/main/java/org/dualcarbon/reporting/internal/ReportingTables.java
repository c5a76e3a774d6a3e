package org.dualcarbon.reporting.internal;

import org.dualcarbon.common.scope.ScopedTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every reporting table belongs to a unit (reports and their parts) and is scope-filtered. */
@Configuration(proxyBeanMethods = false)
class ReportingTables {

    @Bean
    ScopedTable unitReportTable() {
        return new ScopedTable("unit_report");
    }

    @Bean
    ScopedTable reportSubmissionTable() {
        return new ScopedTable("report_submission");
    }

    @Bean
    ScopedTable reportDraftTable() {
        return new ScopedTable("report_draft");
    }

    @Bean
    ScopedTable reportFlagTable() {
        return new ScopedTable("report_flag");
    }

    @Bean
    ScopedTable reportEventTable() {
        return new ScopedTable("report_event");
    }

    @Bean
    ScopedTable reportAttachmentTable() {
        return new ScopedTable("report_attachment");
    }
}
