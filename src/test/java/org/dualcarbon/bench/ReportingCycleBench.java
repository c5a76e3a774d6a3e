package org.dualcarbon.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.dualcarbon.reporting.ReportingCycle;
import org.dualcarbon.reporting.ReportingCycles;
import org.dualcarbon.reporting.UnitReports;
import org.dualcarbon.security.CurrentUser;
import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark of issue 5, run on demand: {@code mvn -Pbench test -Dtest=ReportingCycleBench} (units:
 * {@code -Dbench.units=10000}). Adds that many units to the demo filler's enterprise, then on the same engine and
 * database: starts a bare one-task process once per unit (200 per transaction, like one launch batch) as the
 * baseline; launches a reporting cycle and runs its batch jobs (instances started per second); drives every report
 * to the end — submission (stored, activity data replaced, accounted, checked), verification, approval. Prints the
 * numbers and writes them to target/bench/reporting.txt; asserts nothing about time.
 */
@PlatformTest
class ReportingCycleBench {

    static final int UNITS = Integer.getInteger("bench.units", 10_000);
    static final int YEAR = 2023;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReportingCycles cycles;
    @Autowired
    UnitReports reports;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    RepositoryService repository;
    @Autowired
    UserDetailsService users;
    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void launchAndDriveACycle() throws IOException {
        long enterprise = jdbc.queryForObject("SELECT enterprise_id FROM app_user WHERE username = 'ent.filler'", Long.class);
        addUnits(enterprise);
        StringBuilder out = new StringBuilder("units in the cycle's scope: ").append(unitCount()).append('\n');

        repository.createDeployment().addModelInstance("bench-bare.bpmn", Bpmn.createExecutableProcess("benchBareTask")
                .camundaHistoryTimeToLive(1).startEvent().userTask("Task_Bare").endEvent().done()).deploy();
        long start = System.nanoTime();
        for (int from = 0; from < UNITS; from += 200) {
            int count = Math.min(200, UNITS - from);
            transactions.executeWithoutResult(s -> {
                for (int i = 0; i < count; i++) {
                    runtime.startProcessInstanceByKey("benchBareTask", Map.of("n", i));
                }
            });
        }
        double bare = UNITS / seconds(start);
        out.append(String.format("bare one-task process: %,d instances in %.1f s = %,.0f instances/s%n", UNITS, seconds(start), bare));

        CurrentUser official = as("gov.province");
        start = System.nanoTime();
        ReportingCycle cycle = cycles.launch(YEAR, "640000", LocalDate.now().plusDays(30), official);
        int jobs = runJobs();
        long started = jdbc.queryForObject("SELECT COUNT(*) FROM unit_report WHERE cycle_id = ? AND process_instance IS NOT NULL",
                Long.class, cycle.id());
        double launch = seconds(start);
        out.append(String.format("cycle launch: %,d unit instances in %d batch jobs, %.1f s = %,.0f instances/s (%.0f %% of bare)%n",
                started, jobs, launch, started / launch, 100 * (started / launch) / bare));

        List<Long> ids = jdbc.queryForList("SELECT id FROM unit_report WHERE cycle_id = ? AND enterprise_id = ? ORDER BY id",
                Long.class, cycle.id(), enterprise);
        Map<Long, List<String>> items = itemsOf(cycle.id(), enterprise);
        CurrentUser filler = as("ent.filler");
        CurrentUser verifier = as("verifier");
        start = System.nanoTime();
        int n = 0;
        for (long id : ids) {
            act(filler);
            reports.submit(id, form(items.get(id)), "bench-" + id, filler);
            String status = jdbc.queryForObject("SELECT status FROM unit_report WHERE id = ?", String.class, id);
            if ("FLAGGED".equals(status)) {
                Map<Long, String> explanations = new HashMap<>();
                reports.flags(id).forEach(f -> explanations.put(f.id(), "基准测试"));
                reports.explain(id, explanations, false, filler);
            }
            act(verifier);
            reports.verify(id, "基准测试核查", verifier);
            act(official);
            reports.decide(id, true, "同意", official);
            n++;
        }
        double drive = seconds(start);
        out.append(String.format("driven to approval: %,d reports in %.1f s = %.1f reports/s (%.1f ms each: submit + account + "
                + "check + verify + approve)%n", n, drive, n / drive, 1000 * drive / n));
        out.append(String.format("approved: %,d%n", jdbc.queryForObject("SELECT COUNT(*) FROM unit_report WHERE cycle_id = ? "
                + "AND status = 'APPROVED'", Long.class, cycle.id())));
        System.out.print(out);
        Path file = Path.of("target", "bench", "reporting.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
    }

    private void addUnits(long enterprise) {
        Map<String, Object> template = jdbc.queryForMap("SELECT id, kind, scope_path FROM emission_unit WHERE enterprise_id = ? "
                + "ORDER BY id LIMIT 1", enterprise);
        List<String> items = jdbc.queryForList("SELECT item_code FROM emission_unit_item WHERE unit_id = ?", String.class,
                template.get("ID") != null ? template.get("ID") : template.get("id"));
        String kind = String.valueOf(template.get("KIND") != null ? template.get("KIND") : template.get("kind"));
        String path = String.valueOf(template.get("SCOPE_PATH") != null ? template.get("SCOPE_PATH") : template.get("scope_path"));
        List<Object[]> units = new ArrayList<>();
        for (int i = 0; i < UNITS; i++) {
            units.add(new Object[] {enterprise, "B" + i, "基准测试设施 " + i, kind, path});
        }
        jdbc.batchUpdate("INSERT INTO emission_unit (enterprise_id, code, name, kind, active, scope_path) VALUES (?, ?, ?, ?, TRUE, ?)",
                units);
        jdbc.update("INSERT INTO emission_unit_item (unit_id, item_code, scope_path) SELECT u.id, i.code, u.scope_path "
                + "FROM emission_unit u JOIN activity_item i ON i.code IN (" + String.join(",", items.stream().map(c -> "'" + c + "'")
                .toList()) + ") WHERE u.code LIKE 'B%' AND u.enterprise_id = ?", enterprise);
    }

    private long unitCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM emission_unit WHERE active = TRUE", Long.class);
    }

    private Map<Long, List<String>> itemsOf(long cycleId, long enterprise) {
        Map<Long, List<String>> items = new HashMap<>();
        jdbc.query("SELECT r.id, i.item_code FROM unit_report r JOIN emission_unit_item i ON i.unit_id = r.unit_id "
                + "WHERE r.cycle_id = ? AND r.enterprise_id = ?", rs -> {
                    items.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }, cycleId, enterprise);
        return items;
    }

    private static Map<String, String> form(List<String> items) {
        Map<String, String> form = new HashMap<>();
        for (String item : items) {
            for (int m = 1; m <= 12; m++) {
                form.put("q." + item + "." + m, "100");
            }
            if (item.equals("CARBON_ANODE") || item.equals("ELECTRODE")) {
                form.put("x." + item + ".carbonFraction", "0.98");
            }
        }
        return form;
    }

    private int runJobs() {
        int executed = 0;
        List<Job> jobs;
        while (!(jobs = management.createJobQuery().executable().listPage(0, 100)).isEmpty()) {
            for (Job job : jobs) {
                management.executeJob(job.getId());
                executed++;
            }
        }
        return executed;
    }

    private CurrentUser as(String name) {
        return (CurrentUser) users.loadUserByUsername(name);
    }

    private static void act(CurrentUser user) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(user, null,
                user.getAuthorities()));
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
