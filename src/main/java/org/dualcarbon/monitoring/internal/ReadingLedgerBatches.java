package org.dualcarbon.monitoring.internal;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dualcarbon.common.scope.ScopeContext;
import org.dualcarbon.ledger.CanonicalContentProvider;
import org.dualcarbon.ledger.Ledger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monitoring readings enter the ledger as hourly Merkle batches per device (design.md, data flow 4). Each run seals
 * the readings stored since the last sealed id up to just before the first reading of the open hour, so every reading
 * of a completed hour is sealed once — late (补发) readings of an old hour in a later batch of that hour. Verification
 * re-reads each batch from the live table and recomputes its root.
 */
@Component
class ReadingLedgerBatches implements CanonicalContentProvider {

    private static final Logger log = LoggerFactory.getLogger(ReadingLedgerBatches.class);

    private final ReadingLedgerMapper readings;
    private final Ledger ledger;
    private final ScopeContext scope;

    ReadingLedgerBatches(ReadingLedgerMapper readings, Ledger ledger, ScopeContext scope) {
        this.readings = readings;
        this.ledger = ledger;
        this.scope = scope;
    }

    @Scheduled(cron = "${dc.monitoring.ledger-batch-cron:0 5 * * * *}")
    void sealCompletedHours() {
        seal(LocalDateTime.now(PayloadParsers.BEIJING).truncatedTo(ChronoUnit.HOURS));
    }

    /** Seals every stored reading before {@code openHour} not sealed yet; returns the number of batches recorded. */
    @Transactional
    public int seal(LocalDateTime openHour) {
        return scope.asSystem(() -> {
            long after = ledger.lastObjectId(ReadingBatch.LEDGER_TYPE).map(id -> ReadingBatch.parse(id).upTo()).orElse(0L);
            Long max = readings.maxId();
            if (max == null || max <= after) {
                return 0;
            }
            Long open = readings.firstIdAtOrAfter(after, openHour);
            long upTo = open == null ? max : open - 1;
            Map<ReadingBatch, Integer> batches = new LinkedHashMap<>();
            for (ReadingLedgerMapper.SealedReading r : readings.window(after, upTo)) {
                batches.merge(new ReadingBatch(r.deviceId(), r.dataTime().truncatedTo(ChronoUnit.HOURS), after, upTo), 1,
                        Integer::sum);
            }
            batches.keySet().forEach(b -> ledger.append(ReadingBatch.LEDGER_TYPE, b.objectId(), "platform"));
            if (!batches.isEmpty()) {
                log.info("monitoring readings sealed into the ledger: {} device-hour batches, ids {}..{}", batches.size(),
                        after + 1, upTo);
            }
            return batches.size();
        });
    }

    @Override
    public Set<String> recordTypes() {
        return Set.of(ReadingBatch.LEDGER_TYPE);
    }

    @Override
    public Optional<Map<String, Object>> canonicalContent(String recordType, String objectId) {
        ReadingBatch batch = ReadingBatch.parse(objectId);
        List<ReadingLedgerMapper.SealedReading> rows = readings.batch(batch.deviceId(), batch.hour(),
                batch.hour().plusHours(1), batch.after(), batch.upTo());
        return rows.isEmpty() ? Optional.empty() : Optional.of(batch.content(rows));
    }
}
