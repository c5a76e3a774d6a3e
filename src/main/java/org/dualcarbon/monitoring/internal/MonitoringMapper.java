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

    /** The devices among these MNs (one query for a whole batch of messages). */
    List<MonitoringDevice> devicesByMn(@Param("mns") List<String> mns);

    List<MonitoringDevice> devices();

    /** The enterprises whose devices are bound to an emission unit, in the caller's scope (no cap, unlike devices()). */
    List<Long> enterprisesWithUnitDevices();

    long countDevices();

    void insertDevice(DeviceRow device);

    record DeviceRow(String mn, String name, long enterpriseId, Long unitId, String protocol, String compatibility,
                     String secretHash, String scopePath) implements ScopedRow {
    }

    /** The device's hashed broker secret, if it is active and has one. */
    Optional<String> activeSecretHash(@Param("mn") String mn);

    /** The stored messages of any of these devices with any of these QNs: a superset of the pairs asked about. */
    List<MessageKeyRow> storedMessages(@Param("deviceIds") List<Long> deviceIds, @Param("qns") List<String> qns);

    record MessageKeyRow(long deviceId, String qn) {
    }

    /** Multi-row insert of accepted messages. */
    void insertMessages(@Param("messages") List<MessageRow> messages);

    record MessageRow(long deviceId, String qn, LocalDateTime dataTime, int readingCount, String deviations, boolean late,
                      String scopePath) implements ScopedRow {
    }

    /** Multi-row insert; a row already stored (same device, data time, code, kind) is left as it is. */
    int insertReadings(@Param("readings") List<ReadingRow> readings);

    record ReadingRow(long deviceId, LocalDateTime dataTime, String code, String period, String kind, BigDecimal value,
                      String flag, boolean knownCode, String deviations, String scopePath) implements ScopedRow {
    }

    int setCompatibility(@Param("id") long id, @Param("compatibility") String compatibility);

    /** Marks when the devices were last heard from (never moving the time back). */
    int touchDevices(@Param("ids") List<Long> ids, @Param("at") LocalDateTime at);

    /** Multi-row insert of rejected messages. */
    void insertRejectedMessages(@Param("rejected") List<RejectedRow> rejected);

    record RejectedRow(String topic, String deviceMn, String reasonCode, String reason, int payloadSize, String payloadHead,
                       String scopePath) implements ScopedRow {
    }

    List<Reading> latestReadings(@Param("deviceId") long deviceId, @Param("limit") int limit);

    List<RejectedMessage> rejected(@Param("limit") int limit);

    long countReadings(@Param("deviceId") long deviceId);
}
