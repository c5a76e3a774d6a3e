package org.dualcarbon.emissions;

import org.dualcarbon.common.scope.ScopedTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Accounting runs and their lines belong to an enterprise and are filtered by scope. */
@Configuration(proxyBeanMethods = false)
class EmissionTables {

    @Bean
    ScopedTable accountingRunTable() {
        return new ScopedTable("accounting_run");
    }

    @Bean
    ScopedTable inventoryEntryTable() {
        return new ScopedTable("inventory_entry");
    }

    @Bean
    ScopedTable accountingLineTable() {
        return new ScopedTable("accounting_line");
    }
}
