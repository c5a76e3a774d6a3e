package org.dualcarbon.securityevents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Every table's data class and retention rule, read from {@code db/data-classification.csv}. A rule that deletes or
 * archives must name its time column and a retention of at least the legal floor of 180 days (网络安全法 Art. 21: logs ≥
 * six months); a table of the ledger ({@code ledger_*}) can never be deleted. A bad file stops the start with its row.
 */
@Component
public class DataClassification {

    static final String FILE = "db/data-classification.csv";
    static final Period FLOOR = Period.ofDays(180);
    private final List<DataClass> classes;

    public DataClassification() {
        this.classes = read();
    }

    public List<DataClass> all() {
        return classes;
    }

    public Optional<DataClass> of(String table) {
        return classes.stream().filter(c -> c.covers(table)).findFirst();
    }

    private static List<DataClass> read() {
        List<DataClass> rows = new ArrayList<>();
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
                rows.add(row(r));
            }
        } catch (IOException e) {
            throw new IllegalStateException(FILE + " could not be read", e);
        }
        return List.copyOf(rows);
    }

    private static DataClass row(CSVRecord r) {
        String where = FILE + " row " + (r.getRecordNumber() + 1) + " (" + r.get("table") + "): ";
        try {
            DataClass.Action action = DataClass.Action.valueOf(r.get("action"));
            Period retention = r.get("retention").isBlank() ? null : Period.parse(r.get("retention"));
            if (action != DataClass.Action.KEEP) {
                if (retention == null || r.get("time_column").isBlank()) {
                    throw new IllegalStateException(where + action + " needs a retention and a time column");
                }
                if (retention.toTotalMonths() * 31 + retention.getDays() < FLOOR.getDays()) {
                    throw new IllegalStateException(where + "retention " + retention + " is below the floor of " + FLOOR
                            + " (网络安全法 Art. 21: logs at least six months)");
                }
                if (r.get("table").startsWith("ledger_")) {
                    throw new IllegalStateException(where + "the ledger is never retired");
                }
            }
            return new DataClass(r.get("table"), DataClass.Level.valueOf(r.get("class")), retention, action,
                    r.get("time_column").isBlank() ? null : r.get("time_column"), r.get("purpose"));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + e.getMessage(), e);
        }
    }
}
