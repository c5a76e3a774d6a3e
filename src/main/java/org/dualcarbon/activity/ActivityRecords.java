package org.dualcarbon.activity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dualcarbon.activity.internal.ActivityMapper;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes a unit's monthly activity data for a year as a whole, from a form, an Excel file or monitoring. */
@Service
public class ActivityRecords {

    private final ActivityMapper mapper;
    private final ApplicationEventPublisher events;

    public ActivityRecords(ActivityMapper mapper, ApplicationEventPublisher events) {
        this.mapper = mapper;
        this.events = events;
    }

    /**
     * Replaces the unit's figures of the year with {@code monthly} (item code → 12 months, null where a month was
     * not reported). Runs in the caller's transaction; the scope check applies to every row written.
     */
    @Transactional
    public void replaceUnitYear(long unitId, long enterpriseId, String scopePath, int year,
                                Map<String, List<BigDecimal>> monthly, String source) {
        mapper.deleteUnitYear(unitId, year);
        List<ActivityMapper.ActivityRow> rows = new ArrayList<>();
        monthly.forEach((item, months) -> {
            for (int m = 0; m < months.size(); m++) {
                if (months.get(m) != null) {
                    rows.add(new ActivityMapper.ActivityRow(unitId, enterpriseId, year, m + 1, item, months.get(m), source,
                            scopePath));
                }
            }
        });
        if (!rows.isEmpty()) {
            mapper.insertRecords(rows);
        }
        events.publishEvent(new ActivityYearReplaced(unitId, year));
    }
}
