package org.dualcarbon.emissions.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dualcarbon.emissions.AccountingRunStored;
import org.dualcarbon.ledger.CanonicalContentProvider;
import org.springframework.stereotype.Component;

/**
 * The canonical content of an accounting run: its totals, library versions and standard, and every line with its
 * inputs, factors and figures in stored order. The "superseded" mark is left out — a later run legitimately sets it —
 * and so is the creation time (the ledger record has its own).
 */
@Component
class RunLedgerContent implements CanonicalContentProvider {

    private final RunLedgerMapper rows;

    RunLedgerContent(RunLedgerMapper rows) {
        this.rows = rows;
    }

    @Override
    public Set<String> recordTypes() {
        return Set.of(AccountingRunStored.LEDGER_TYPE);
    }

    @Override
    public Optional<Map<String, Object>> canonicalContent(String recordType, String objectId) {
        long id = Long.parseLong(objectId);
        return rows.run(id).map(run -> content(run, rows.lines(id)));
    }

    private static Map<String, Object> content(RunLedgerMapper.Run r, List<RunLedgerMapper.Line> lines) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("id", r.id());
        content.put("unitId", r.unitId());
        content.put("enterpriseId", r.enterpriseId());
        content.put("year", r.year());
        content.put("sectorModule", r.sectorModule());
        content.put("reportingStandard", r.reportingStandard());
        content.put("gwpSet", r.gwpSet());
        content.put("libraries", r.libraries());
        content.put("totalT", r.total());
        content.put("totalMarketT", r.totalMarket());
        content.put("directT", r.direct());
        content.put("indirectT", r.indirect());
        content.put("energyTce", r.energyTce());
        content.put("notAccounted", r.notAccounted());
        content.put("createdBy", r.createdBy());
        content.put("lines", lines.stream().map(RunLedgerContent::line).toList());
        return content;
    }

    private static Map<String, Object> line(RunLedgerMapper.Line l) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("lineId", l.lineId());
        line.put("category", l.category());
        line.put("gas", l.gas());
        line.put("formula", l.formula());
        line.put("inputs", l.inputsJson());
        line.put("factors", l.factorsJson());
        line.put("activityData", l.activityData());
        line.put("activityUnit", l.activityUnit());
        line.put("emissionT", l.emission());
        line.put("marketBasedT", l.marketBased());
        line.put("energyTce", l.energyTce());
        return line;
    }
}
