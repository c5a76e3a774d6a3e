package org.dualcarbon.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.dualcarbon.ledger.LedgerVerification;
import org.dualcarbon.ledger.LedgerVerifier;
import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Readings of completed hours enter the ledger as one Merkle batch per device and hour; the open hour waits; a late
 * reading of a sealed hour goes into a later batch of that hour; a changed reading value is found by verification.
 */
@PlatformTest
class ReadingLedgerBatchesTest {

    @Autowired
    ReadingLedgerBatches batches;
    @Autowired
    LedgerVerifier verifier;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void completedHoursAreSealedPerDeviceAndAChangedReadingIsNamed() {
        long enterprise = jdbc.queryForObject("SELECT MIN(id) FROM enterprise", Long.class);
        String scope = jdbc.queryForObject("SELECT scope_path FROM enterprise WHERE id = ?", String.class, enterprise);
        jdbc.update("INSERT INTO monitoring_device (mn, name, enterprise_id, protocol, scope_path) VALUES (?, ?, ?, 'JSON', ?)",
                "LEDGERTEST000001", "ledger batch test", enterprise, scope);
        long device = jdbc.queryForObject("SELECT id FROM monitoring_device WHERE mn = 'LEDGERTEST000001'", Long.class);
        LocalDateTime open = LocalDateTime.now(PayloadParsers.BEIJING).truncatedTo(ChronoUnit.HOURS);
        LocalDateTime sealed = open.minusHours(2);
        // batches are windows of reading ids: other tests' readings (current hour, stored earlier in this JVM) would hold
        // back this test's ids, so everything stored so far is sealed first
        batches.seal(open.plusDays(2));
        insert(device, sealed.plusMinutes(1), "a05001", "1.5", scope);
        insert(device, sealed.plusMinutes(2), "a05001", "2.25", scope);
        insert(device, open.plusSeconds(1), "a05001", "3", scope);

        batches.seal(open);
        List<String> ids = batchesOf(device);
        assertThat(ids).hasSize(1).allMatch(id -> id.startsWith(device + "/" + sealed + "/"));
        assertThat(verifier.verify("test").ok()).isTrue();

        insert(device, sealed.plusMinutes(30), "a05001", "4", scope);
        assertThat(batches.seal(open)).as("the open hour's reading holds back later ids until the hour completes").isZero();
        batches.seal(open.plusHours(1));
        assertThat(batchesOf(device)).as("a late reading: a second batch of the same hour, and the hour now completed")
                .hasSize(3).filteredOn(id -> id.startsWith(device + "/" + sealed + "/")).hasSize(2);

        long reading = jdbc.queryForObject("SELECT MIN(id) FROM monitoring_reading WHERE device_id = ?", Long.class, device);
        jdbc.update("UPDATE monitoring_reading SET reading_value = 9.5 WHERE id = ?", reading);
        LedgerVerification broken = verifier.verify("test");
        assertThat(broken.ok()).isFalse();
        assertThat(broken.firstBroken().type()).isEqualTo(ReadingBatch.LEDGER_TYPE);
        assertThat(broken.firstBroken().objectId()).isEqualTo(ids.get(0));
        jdbc.update("UPDATE monitoring_reading SET reading_value = 1.5 WHERE id = ?", reading);
        assertThat(verifier.verify("test").ok()).isTrue();
    }

    private List<String> batchesOf(long device) {
        return jdbc.queryForList("SELECT object_id FROM ledger_record WHERE record_type = ? AND object_id LIKE ? ORDER BY seq",
                String.class, ReadingBatch.LEDGER_TYPE, device + "/%");
    }

    private void insert(long device, LocalDateTime time, String code, String value, String scope) {
        jdbc.update("INSERT INTO monitoring_reading (device_id, data_time, code, period, kind, reading_value, flag, scope_path) "
                + "VALUES (?, ?, ?, 'RT', 'Rtd', ?, 'N', ?)", device, time, code, new BigDecimal(value), scope);
    }
}
