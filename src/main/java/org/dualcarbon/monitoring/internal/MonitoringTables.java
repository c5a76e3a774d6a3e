package org.dualcarbon.monitoring.internal;

import org.dualcarbon.common.scope.ScopedTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Devices, messages, readings, their roll-ups and alarms, and rejections belong to an enterprise (rejections of unknown senders to /unassigned/). */
@Configuration(proxyBeanMethods = false)
class MonitoringTables {

    @Bean
    ScopedTable monitoringDeviceTable() {
        return new ScopedTable("monitoring_device");
    }

    @Bean
    ScopedTable monitoringMessageTable() {
        return new ScopedTable("monitoring_message");
    }

    @Bean
    ScopedTable monitoringReadingTable() {
        return new ScopedTable("monitoring_reading");
    }

    @Bean
    ScopedTable monitoringRejectedTable() {
        return new ScopedTable("monitoring_rejected");
    }

    @Bean
    ScopedTable monitoringMinuteTable() {
        return new ScopedTable("monitoring_minute");
    }

    @Bean
    ScopedTable monitoringRollupTable() {
        return new ScopedTable("monitoring_rollup");
    }

    @Bean
    ScopedTable monitoringCo2HourTable() {
        return new ScopedTable("monitoring_co2_hour");
    }

    @Bean
    ScopedTable monitoringUnitCo2Table() {
        return new ScopedTable("monitoring_unit_co2");
    }

    @Bean
    ScopedTable monitoringAlarmTable() {
        return new ScopedTable("monitoring_alarm");
    }
}
