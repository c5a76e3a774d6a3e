package org.dualcarbon.demo;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dualcarbon.common.scope.ScopeContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores the demo data set once: skipped when the demo system administrator already exists, so it survives
 * restarts and never doubles. Everything is written in one transaction as the platform (system scope).
 */
@Service
public class DemoDataSetup {

    public static final String DEMO_PASSWORD = "Demo@2026";
    /**
     * The demo's TOTP key (RFC 4648 Base32) of the accounts that need a second factor (系统/安全/审计管理员, rule author),
     * printed in the README so that a visitor can add it to an authenticator app. Accounts created later enrol their own.
     */
    public static final String DEMO_TOTP_SECRET = "DUALCARBONDEMOTOTPSECRETAAAAAAAA";
    private static final Logger log = LoggerFactory.getLogger(DemoDataSetup.class);
    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final PasswordEncoder passwords;
    private final ScopeContext scope;
    private final DemoProperties properties;
    private final org.dualcarbon.security.SecondFactor secondFactor;
    private final ApplicationEventPublisher events;

    public DemoDataSetup(JdbcTemplate jdbc, TransactionTemplate transaction, PasswordEncoder passwords, ScopeContext scope,
                         DemoProperties properties, org.dualcarbon.security.SecondFactor secondFactor,
                         ApplicationEventPublisher events) {
        this.events = events;
        this.secondFactor = secondFactor;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.passwords = passwords;
        this.scope = scope;
        this.properties = properties;
    }

    /** Loads the demo data unless it is there already; returns whether it loaded. */
    public boolean loadIfAbsent() {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = 'sysadmin'", Long.class) > 0) {
            return false;
        }
        long started = System.nanoTime();
        DemoDataSet data = DemoDataGenerator.generate(properties.seed(), properties.firstYear(), properties.lastYear(),
                ningxiaDistricts());
        int rows = scope.asSystem(() -> transaction.execute(status -> store(data)));
        log.info("demo data loaded: {} parks, {} groups, {} enterprises, {} activity rows, {} users in {} ms",
                data.parks().size(), data.groups().size(), data.enterprises().size(), rows, data.users().size(),
                (System.nanoTime() - started) / 1_000_000);
        events.publishEvent(new DemoDataLoaded(rows));
        return true;
    }

    private List<DemoRegion> ningxiaDistricts() {
        return jdbc.query("SELECT d.code, d.name, c.name, d.path FROM region d JOIN region c ON c.code = d.parent_code "
                        + "WHERE d.level = 'DISTRICT' AND d.code LIKE '64%' ORDER BY d.code",
                (rs, i) -> new DemoRegion(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    private int store(DemoDataSet data) {
        Map<String, Long> parkIds = new HashMap<>();
        for (DemoDataSet.Park p : data.parks()) {
            parkIds.put(p.code(), insert("INSERT INTO park (code, name, region_code, park_level, path) VALUES (?, ?, ?, ?, ?)",
                    p.code(), p.name(), p.regionCode(), p.level(), p.path()));
        }
        Map<String, Long> groupIds = new HashMap<>();
        for (DemoDataSet.Group g : data.groups()) {
            groupIds.put(g.uscc(), insert("INSERT INTO enterprise_group (uscc, name, region_code) VALUES (?, ?, ?)",
                    g.uscc(), g.name(), g.regionCode()));
        }
        Map<String, Long> enterpriseIds = new HashMap<>();
        List<Object[]> activity = new ArrayList<>();
        for (DemoDataSet.Enterprise e : data.enterprises()) {
            long id = insert("INSERT INTO enterprise (uscc, name, region_code, park_id, group_id, industry_code, ets_key_emitter,"
                            + " address, scope_path) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", e.uscc(), e.name(), e.regionCode(),
                    parkIds.get(e.parkCode()), groupIds.get(e.groupUscc()), e.industryCode(), e.etsKeyEmitter(), e.address(),
                    e.scopePath());
            enterpriseIds.put(e.uscc(), id);
            for (DemoDataSet.Unit u : e.units()) {
                long unitId = insert("INSERT INTO emission_unit (enterprise_id, code, name, kind, capacity, capacity_unit,"
                                + " commissioned_on, active, scope_path) VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, ?)", id, u.code(),
                        u.name(), u.kind(), u.capacity(), u.capacityUnit(), java.sql.Date.valueOf(u.commissionedOn()), e.scopePath());
                for (String item : u.itemCodes()) {
                    jdbc.update("INSERT INTO emission_unit_item (unit_id, item_code, scope_path) VALUES (?, ?, ?)",
                            unitId, item, e.scopePath());
                }
                for (DemoDataSet.Monthly m : u.activity()) {
                    activity.add(new Object[] {unitId, id, m.year(), m.month(), m.itemCode(), m.quantity(), e.scopePath()});
                }
            }
        }
        for (int from = 0; from < activity.size(); from += BATCH) {
            jdbc.batchUpdate("INSERT INTO activity_record (unit_id, enterprise_id, period_year, period_month, item_code,"
                    + " quantity, source, scope_path) VALUES (?, ?, ?, ?, ?, ?, 'DEMO', ?)",
                    activity.subList(from, Math.min(activity.size(), from + BATCH)));
        }
        storeUsers(data, parkIds, groupIds, enterpriseIds);
        return activity.size();
    }

    private void storeUsers(DemoDataSet data, Map<String, Long> parkIds, Map<String, Long> groupIds,
                            Map<String, Long> enterpriseIds) {
        String hash = passwords.encode(DEMO_PASSWORD);
        for (DemoDataSet.User u : data.users()) {
            long id = insert("INSERT INTO app_user (username, display_name, password_hash, role, region_code, park_id,"
                            + " enterprise_id, group_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", u.username(), u.displayName(), hash,
                    u.role(), u.regionCode(), parkIds.get(u.parkCode()), enterpriseIds.get(u.enterpriseUscc()),
                    groupIds.get(u.groupUscc()));
            if (org.dualcarbon.security.SecondFactor.requiredFor(org.dualcarbon.security.Role.valueOf(u.role()))) {
                secondFactor.enroll(u.username(), org.dualcarbon.security.Totp.fromBase32(DEMO_TOTP_SECRET));
            }
            for (String uscc : u.assignedUsccs()) {
                jdbc.update("INSERT INTO verifier_assignment (user_id, enterprise_id) VALUES (?, ?)", id, enterpriseIds.get(uscc));
            }
        }
    }

    /** Inserts one row and returns its generated id. Nulls are bound with their SQL type unknown (portable). */
    private long insert(String sql, Object... values) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    statement.setNull(i + 1, Types.NULL);
                } else {
                    statement.setObject(i + 1, values[i]);
                }
            }
            return statement;
        }, keys);
        return keys.getKeyList().get(0).values().stream().map(v -> ((Number) v).longValue()).findFirst().orElseThrow();
    }
}
