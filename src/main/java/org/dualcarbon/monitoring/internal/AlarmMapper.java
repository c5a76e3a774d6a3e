package org.dualcarbon.monitoring.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.dualcarbon.common.scope.ScopedRow;
import org.dualcarbon.monitoring.MonitoringAlarm;

@Mapper
public interface AlarmMapper {

    /** Inserts an open alarm unless one with the same open key is open already (one open alarm per device and cause). */
    int insertAlarm(AlarmRow alarm);

    record AlarmRow(long deviceId, Long unitId, String cause, String code, String thresholdName, String message,
                    BigDecimal observed, String openKey, LocalDateTime raisedAt, LocalDateTime conditionSince,
                    String scopePath) implements ScopedRow {
    }

    /**
     * Every open or escalated alarm, whatever the caller's scope (run as the system on start-up): what the stream
     * rules need to hold its warning open again.
     */
    List<OpenAlarmState> openAlarmStates();

    /** An open alarm as the stream rules' state: device, unit, cause, code, threshold row, since when, value seen. */
    record OpenAlarmState(long deviceId, Long unitId, String cause, String code, String thresholdName,
                          LocalDateTime conditionSince, BigDecimal observed) {
    }

    Optional<MonitoringAlarm> openAlarm(@Param("openKey") String openKey);

    Optional<MonitoringAlarm> alarm(@Param("id") long id);

    /** Open and escalated alarms of the caller's scope, newest first. */
    List<MonitoringAlarm> openAlarms(@Param("limit") int limit);

    List<MonitoringAlarm> alarmsRaisedIn(@Param("from") java.time.LocalDateTime from, @Param("to") java.time.LocalDateTime to,
                                         @Param("limit") int limit);

    int setProcessInstance(@Param("id") long id, @Param("processInstance") String processInstance);

    int setCleared(@Param("id") long id, @Param("at") LocalDateTime at);

    int setStatus(@Param("id") long id, @Param("status") String status);

    /** Ends an alarm: the status, when, what was recorded; frees its open key. */
    int end(@Param("id") long id, @Param("status") String status, @Param("at") LocalDateTime at,
            @Param("causeText") String causeText, @Param("measures") String measures, @Param("evidence") String evidence,
            @Param("reviewComment") String reviewComment);
}
