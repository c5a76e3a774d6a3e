package org.dualcarbon.analysis.internal;

import org.dualcarbon.common.scope.ScopedTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Regional statistics belong to their division: an official sees and records those of the divisions in scope. */
@Configuration(proxyBeanMethods = false)
class AnalysisTables {

    @Bean
    ScopedTable regionalStatisticsTable() {
        return new ScopedTable("regional_statistics");
    }

    @Bean
    ScopedTable sectorStatisticsTable() {
        return new ScopedTable("sector_statistics");
    }
}
