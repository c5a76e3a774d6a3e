package org.dualcarbon.monitoring.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.dualcarbon.common.scope.ScopedRow;
import org.dualcarbon.monitoring.MonitoringDevice;
import org.dualcarbon.monitoring.Reading;
import org.dualcarbon.monitoring.RejectedMessage;

@Mapper
public interface MonitoringMapper {

    Optional<MonitoringDevice> deviceByMn(@Param("mn") String mn);

    Optional<MonitoringDevice> device(@Param("id") long id);

    List<MonitoringDevice> devices();

    long countDevices();

    void insertDevice(DeviceRow device);

    record DeviceRow(String mn, String name, long enterpriseId, Long unitId, String protocol, String compatibility,
                     String secretHash, String scopePath) implements ScopedRow {
    }

    /** The device's hashed broker secret, if it is active and has one. */
    Optional<String> activeSecretHash(@Param("mn") String mn);

    boolean messageExists(@Param("deviceId") long deviceId, @Param("qn") String qn);

    void insertMessage(MessageRow message);

    record MessageRow(long deviceId, String qn, LocalDateTime dataTime, int readingCount, String deviations, boolean late,
                      String scopePath) implements ScopedRow {
    }

    /** Multi-row insert; a row already stored (same device, data time, code, kind) is left as it is. */
    int insertReadings(@Param("readings") List<ReadingRow> readings);

    record ReadingRow(long deviceId, LocalDateTime dataTime, String code, String period, String kind, BigDecimal value,
                      String flag, boolean knownCode, String deviations, String scopePath) implements ScopedRow {
    }

    int setCompatibility(@Param("id") long id, @Param("compatibility") String compatibility);

    int touchDevice(@Param("id") long id, @Param("at") LocalDateTime at);

    void insertRejected(RejectedRow rejected);

    record RejectedRow(String topic, String deviceMn, String reasonCode, String reason, int payloadSize, String payloadHead,
                       String scopePath) implements ScopedRow {
    }

    List<Reading> latestReadings(@Param("deviceId") long deviceId, @Param("limit") int limit);

    List<RejectedMessage> rejected(@Param("limit") int limit);

    long countReadings(@Param("deviceId") long deviceId);
}
