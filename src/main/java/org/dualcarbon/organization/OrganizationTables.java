package org.dualcarbon.organization;

import org.dualcarbon.common.scope.ScopedTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The organisation tables whose rows belong to an enterprise and are filtered by scope. */
@Configuration(proxyBeanMethods = false)
class OrganizationTables {

    @Bean
    ScopedTable enterpriseTable() {
        return new ScopedTable("enterprise");
    }

    @Bean
    ScopedTable emissionUnitTable() {
        return new ScopedTable("emission_unit");
    }

    @Bean
    ScopedTable emissionUnitItemTable() {
        return new ScopedTable("emission_unit_item");
    }
}
