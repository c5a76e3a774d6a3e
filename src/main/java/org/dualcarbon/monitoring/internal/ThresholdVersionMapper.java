package org.dualcarbon.monitoring.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.dualcarbon.monitoring.ThresholdTableVersion;

/** Stored versions of the monitoring threshold table; a version's content is never updated. */
@Mapper
public interface ThresholdVersionMapper {

    /** Every version, newest first. */
    List<ThresholdTableVersion> versions();

    Optional<ThresholdTableVersion> active();

    Optional<String> content(@Param("version") int version);

    int lastVersion();

    void insert(@Param("version") int version, @Param("content") String content, @Param("contentHash") String contentHash,
                @Param("rowCount") int rowCount, @Param("origin") String origin, @Param("fileName") String fileName,
                @Param("uploadedBy") String uploadedBy, @Param("uploadedAt") LocalDateTime uploadedAt,
                @Param("reason") String reason);

    /** Makes one version the active one and every other inactive, in one statement. */
    int activate(@Param("version") int version);
}
