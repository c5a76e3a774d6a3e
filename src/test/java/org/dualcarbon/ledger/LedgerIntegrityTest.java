package org.dualcarbon.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.dualcarbon.audit.AuditLog;
import org.dualcarbon.emissions.AccountingRunStored;
import org.dualcarbon.factors.FactorLibraryActivated;
import org.dualcarbon.reporting.ReportDecided;
import org.dualcarbon.reporting.ReportSubmitted;
import org.dualcarbon.security.CurrentUser;
import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger end to end: a report goes through submission, verification and approval, each step (and the accounting
 * result and the audit rows) lands in the ledger; proofs from the API verify against a signed tree head with the
 * published key; and a direct SQL UPDATE of a submission, of an accounting line or total, and of an audit row is each
 * found by the verification, which names that record first.
 */
@PlatformTest
class LedgerIntegrityTest {

    /** A year no other test launches a reporting cycle for (cycles of one year and division cannot overlap). */
    static final int YEAR = 2021;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ManagementService management;
    @Autowired
    LedgerVerifier verifier;
    @Autowired
    ObjectMapper json;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void recordedRowsVerifyAndEveryDirectUpdateIsNamed() throws Exception {
        long report = approvedReport();
        long submission = jdbc.queryForObject("SELECT MAX(id) FROM report_submission WHERE report_id = ?", Long.class, report);
        long run = jdbc.queryForObject("SELECT run_id FROM unit_report WHERE id = ?", Long.class, report);
        long submissionSeq = seqOf(ReportSubmitted.LEDGER_TYPE, submission);
        long runSeq = seqOf(AccountingRunStored.LEDGER_TYPE, run);
        List<String> decided = jdbc.queryForList("SELECT object_id FROM ledger_record WHERE record_type = ?", String.class,
                ReportDecided.LEDGER_TYPE);
        assertThat(jdbc.queryForList("SELECT id, event FROM report_event WHERE report_id = ?", report).stream()
                .filter(e -> decided.contains(String.valueOf(e.get("ID")))).map(e -> e.get("EVENT")))
                .contains("VERIFIED", "APPROVED");
        assertThat(count("SELECT COUNT(*) FROM ledger_record WHERE record_type = ?", FactorLibraryActivated.LEDGER_TYPE))
                .as("shipped factor libraries activated at start").isPositive();
        assertThat(count("SELECT COUNT(*) FROM ledger_record WHERE record_type = ?", AuditLog.LEDGER_TYPE)).isPositive();

        LedgerVerification intact = verifier.verify("test");
        assertThat(intact.firstBroken()).as("%s", intact.firstBroken()).isNull();
        assertThat(intact.ok()).isTrue();

        String data = jdbc.queryForObject("SELECT data_json FROM report_submission WHERE id = ?", String.class, submission);
        jdbc.update("UPDATE report_submission SET data_json = ? WHERE id = ?", data.replaceFirst("100", "99"), submission);
        assertBrokenAt(submissionSeq, ReportSubmitted.LEDGER_TYPE, submission);
        jdbc.update("UPDATE report_submission SET data_json = ? WHERE id = ?", data, submission);

        long line = jdbc.queryForObject("SELECT MIN(id) FROM accounting_line WHERE run_id = ?", Long.class, run);
        jdbc.update("UPDATE accounting_line SET emission_t = emission_t + 1 WHERE id = ?", line);
        assertBrokenAt(runSeq, AccountingRunStored.LEDGER_TYPE, run);
        jdbc.update("UPDATE accounting_line SET emission_t = emission_t - 1 WHERE id = ?", line);
        jdbc.update("UPDATE accounting_run SET total_t = total_t * 0.9 WHERE id = ?", run);
        assertBrokenAt(runSeq, AccountingRunStored.LEDGER_TYPE, run);
        jdbc.update("UPDATE accounting_run SET total_t = (SELECT total_t FROM unit_report WHERE id = ?) WHERE id = ?", report, run);

        long auditRow = jdbc.queryForObject("SELECT MAX(id) FROM audit_log WHERE event = ?", Long.class, ReportSubmitted.LEDGER_TYPE);
        String actor = jdbc.queryForObject("SELECT username FROM audit_log WHERE id = ?", String.class, auditRow);
        jdbc.update("UPDATE audit_log SET username = 'someone.else' WHERE id = ?", auditRow);
        assertBrokenAt(seqOf(AuditLog.LEDGER_TYPE, auditRow), AuditLog.LEDGER_TYPE, auditRow);
        jdbc.update("UPDATE audit_log SET username = ? WHERE id = ?", actor, auditRow);

        // a changed ledger record breaks its own hash; a removed one breaks the sequence
        jdbc.update("UPDATE ledger_record SET actor = 'x' WHERE seq = ?", runSeq);
        assertThat(verifier.verify("test").firstBroken().seq()).isEqualTo(runSeq);
        jdbc.update("UPDATE ledger_record SET actor = ? WHERE seq = ?", "ent.filler", runSeq);
        assertThat(verifier.verify("test").ok()).as("restored").isTrue();
    }

    @Test
    void proofsFromTheApiVerifyAgainstASignedTreeHeadWithThePublishedKey() throws Exception {
        CurrentUser auditor = as("auditor");
        SignedTreeHead first = json.readValue(mvc.perform(post("/api/ledger/sth").with(user(auditor)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), SignedTreeHead.class);
        transactions.executeWithoutResult(t -> events.publishEvent(new FactorLibraryActivated("IPCC-GWP", "AR6-2021", "test")));
        SignedTreeHead second = json.readValue(mvc.perform(post("/api/ledger/sth").with(user(auditor)).with(csrf()))
                .andReturn().getResponse().getContentAsString(), SignedTreeHead.class);
        assertThat(second.treeSize()).isGreaterThan(first.treeSize());

        String pem = json.readTree(mvc.perform(get("/api/ledger/public-key").with(user(as("ent.filler"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).path("pem").asText();
        var key = TreeHeadSignatures.publicKeyFromPem(pem);
        assertThat(TreeHeadSignatures.verify(second, key)).isTrue();
        assertThat(TreeHeadSignatures.verify(new SignedTreeHead(second.treeSize(), first.rootHash(), second.timestamp(),
                second.keyId(), second.signature()), key)).as("forged head").isFalse();

        long leaf = first.treeSize() - 1;
        InclusionProof inclusion = json.readValue(mvc.perform(get("/api/ledger/proof/inclusion?leaf=" + leaf + "&size="
                + second.treeSize()).with(user(auditor))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(),
                InclusionProof.class);
        String canonical = json.readTree(mvc.perform(get("/api/ledger/records/" + leaf).with(user(auditor)))
                .andReturn().getResponse().getContentAsString()).path("canonical").asText();
        byte[] leafHash = MerkleTree.leafHash(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(MerkleProofs.verifyInclusion(leafHash, leaf, second.treeSize(), hashes(inclusion.auditPath()),
                HexFormat.of().parseHex(second.rootHash()))).isTrue();

        ConsistencyProof consistency = json.readValue(mvc.perform(get("/api/ledger/proof/consistency?first=" + first.treeSize()
                + "&second=" + second.treeSize()).with(user(auditor))).andReturn().getResponse().getContentAsString(),
                ConsistencyProof.class);
        assertThat(MerkleProofs.verifyConsistency(first.treeSize(), second.treeSize(), HexFormat.of().parseHex(first.rootHash()),
                HexFormat.of().parseHex(second.rootHash()), hashes(consistency.proof()))).isTrue();

        // only auditors and the audit administrator verify; the page says so
        mvc.perform(post("/api/ledger/verify").with(user(as("sysadmin"))).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/ledger/verify").with(user(as("ent.filler")))).andExpect(status().isForbidden());
        mvc.perform(post("/ledger/verify").with(user(as("auditadmin"))).with(csrf())).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("data-ok=\"true\"")));
    }

    @Test
    void aRolledBackChangeLeavesNoRecord() {
        long before = count("SELECT tree_size FROM ledger_head");
        transactions.executeWithoutResult(t -> {
            events.publishEvent(new FactorLibraryActivated("IPCC-GWP", "AR6-2021", "test"));
            t.setRollbackOnly();
        });
        assertThat(count("SELECT tree_size FROM ledger_head")).isEqualTo(before);
        assertThat(count("SELECT COUNT(*) FROM ledger_record")).isEqualTo(before);
    }

    private void assertBrokenAt(long seq, String type, long objectId) {
        LedgerVerification result = verifier.verify("test");
        assertThat(result.ok()).isFalse();
        assertThat(result.firstBroken().seq()).isEqualTo(seq);
        assertThat(result.firstBroken().type()).isEqualTo(type);
        assertThat(result.firstBroken().objectId()).isEqualTo(String.valueOf(objectId));
        assertThat(result.firstBroken().reason()).contains("changed");
    }

    /** A report of the demo filler, launched for its enterprise's division, submitted, verified and approved. */
    private long approvedReport() throws Exception {
        long enterprise = jdbc.queryForObject("SELECT enterprise_id FROM app_user WHERE username = 'ent.filler'", Long.class);
        String region = jdbc.queryForObject("SELECT region_code FROM enterprise WHERE id = ?", String.class, enterprise);
        mvc.perform(form("/reporting/cycles", "gov.province").param("year", String.valueOf(YEAR)).param("regionCode", region)
                .param("deadline", LocalDate.now().plusDays(30).toString())).andExpect(status().is3xxRedirection());
        List<Job> jobs;
        while (!(jobs = management.createJobQuery().executable().list()).isEmpty()) {
            jobs.forEach(j -> management.executeJob(j.getId()));
        }
        long report = jdbc.queryForObject("SELECT MIN(id) FROM unit_report WHERE enterprise_id = ? AND period_year = ?", Long.class,
                enterprise, YEAR);
        long unit = jdbc.queryForObject("SELECT unit_id FROM unit_report WHERE id = ?", Long.class, report);
        MockHttpServletRequestBuilder submit = form("/reports/" + report + "/submit", "ent.filler").param("token", "ledger-1");
        for (String item : jdbc.queryForList("SELECT item_code FROM emission_unit_item WHERE unit_id = ?", String.class, unit)) {
            for (int m = 1; m <= 12; m++) {
                submit.param("q." + item + "." + m, "100");
            }
            if (item.equals("CARBON_ANODE") || item.equals("ELECTRODE")) {
                submit.param("x." + item + ".carbonFraction", "0.98");
            }
        }
        mvc.perform(submit).andExpect(status().is3xxRedirection());
        if ("FLAGGED".equals(jdbc.queryForObject("SELECT status FROM unit_report WHERE id = ?", String.class, report))) {
            MockHttpServletRequestBuilder explain = form("/reports/" + report + "/explain", "ent.filler").param("correct", "false");
            for (Long flag : jdbc.queryForList("SELECT id FROM report_flag WHERE report_id = ?", Long.class, report)) {
                explain.param("explanation." + flag, "数据已核对");
            }
            mvc.perform(explain).andExpect(status().is3xxRedirection());
        }
        mvc.perform(form("/reports/" + report + "/verify", "verifier").param("findings", "一致")).andExpect(status().is3xxRedirection());
        mvc.perform(form("/reports/" + report + "/decide", "gov.province").param("approved", "true").param("comment", "同意"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT status FROM unit_report WHERE id = ?", String.class, report)).isEqualTo("APPROVED");
        return report;
    }

    private long seqOf(String type, long objectId) {
        return jdbc.queryForObject("SELECT seq FROM ledger_record WHERE record_type = ? AND object_id = ?", Long.class, type,
                String.valueOf(objectId));
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private static List<byte[]> hashes(List<String> hex) {
        return hex.stream().map(HexFormat.of()::parseHex).toList();
    }

    private CurrentUser as(String name) {
        return (CurrentUser) users.loadUserByUsername(name);
    }

    private MockHttpServletRequestBuilder form(String path, String userName) {
        return post(path).with(user(as(userName))).with(csrf());
    }
}
