package org.dualcarbon.documents.internal;

import org.dualcarbon.common.scope.ScopedTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A document fingerprint belongs to its report's unit and is scope-filtered like the report. */
@Configuration(proxyBeanMethods = false)
class DocumentTables {

    @Bean
    ScopedTable reportDocumentTable() {
        return new ScopedTable("report_document");
    }
}
