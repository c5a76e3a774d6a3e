package org.dualcarbon.monitoring.internal;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.dualcarbon.common.scope.ScopeContext;
import org.dualcarbon.demo.DemoProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's monitoring devices, registered once after the demo data: an HJ 212 data logger (CEMS) on the first
 * unit of every national-ETS key emitter, and a JSON flue-gas monitoring terminal on the first unit of three other enterprises.
 * MN = "DC" + the unit id in 12 digits.
 */
@Component
@Order(120)
class DemoDevices implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDevices.class);

    private final DemoProperties demo;
    private final MonitoringMapper store;
    private final JdbcTemplate jdbc;
    private final ScopeContext scope;
    private final PasswordEncoder passwords;
    /** The demo devices' broker secret: the demo accounts' password (README), for the demo only. */
    static final String DEMO_SECRET = "Demo@2026";

    DemoDevices(DemoProperties demo, MonitoringMapper store, JdbcTemplate jdbc, ScopeContext scope,
                PasswordEncoder passwords) {
        this.passwords = passwords;
        this.demo = demo;
        this.store = store;
        this.jdbc = jdbc;
        this.scope = scope;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || scope.asSystem(store::countDevices) > 0) {
            return;
        }
        register("CEMS 数据采集仪", "HJ212", "e.ets_key_emitter = TRUE", 1000);
        register("锅炉烟气在线监测终端", "JSON", "e.ets_key_emitter = FALSE", 3);
        log.info("demo monitoring devices: {}", scope.asSystem(store::countDevices));
    }

    private void register(String name, String protocol, String which, int limit) {
        String hash = passwords.encode(DEMO_SECRET);
        jdbc.query("SELECT MIN(u.id) AS unit_id, e.id AS enterprise_id FROM emission_unit u JOIN enterprise e ON e.id = u.enterprise_id "
                + "WHERE " + which + " GROUP BY e.id ORDER BY e.id LIMIT " + limit, rs -> {
                    long unit = rs.getLong("unit_id");
                    long enterprise = rs.getLong("enterprise_id");
                    String path = jdbc.queryForObject("SELECT scope_path FROM emission_unit WHERE id = ?", String.class, unit);
                    scope.asSystem(() -> store.insertDevice(new MonitoringMapper.DeviceRow(String.format("DC%012d", unit), name,
                            enterprise, unit, protocol, "", hash, path)));
                });
    }
}
