package org.dualcarbon.monitoring.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Readings as the ledger's hourly batches see them: by id window, device and hour (scope-filtered). */
@Mapper
public interface ReadingLedgerMapper {

    Long maxId();

    /** The smallest id above {@code after} of a reading at or after {@code hour}: where the open hour begins. */
    Long firstIdAtOrAfter(@Param("after") long after, @Param("hour") LocalDateTime hour);

    List<SealedReading> window(@Param("after") long after, @Param("upTo") long upTo);

    List<SealedReading> batch(@Param("deviceId") long deviceId, @Param("from") LocalDateTime from,
                              @Param("to") LocalDateTime to, @Param("after") long after, @Param("upTo") long upTo);

    /** One stored reading, the fields a batch seals. */
    record SealedReading(long id, long deviceId, LocalDateTime dataTime, String code, String period, String kind,
                         BigDecimal value, String flag) {
    }
}
