package org.dualcarbon.activity;

import org.dualcarbon.common.scope.ScopedTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Activity records belong to an enterprise and are filtered by scope. */
@Configuration(proxyBeanMethods = false)
class ActivityTables {

    @Bean
    ScopedTable activityRecordTable() {
        return new ScopedTable("activity_record");
    }
}
