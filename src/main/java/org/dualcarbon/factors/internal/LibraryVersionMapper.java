package org.dualcarbon.factors.internal;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.dualcarbon.factors.FactorLibraryVersion;

@Mapper
public interface LibraryVersionMapper {

    List<StoredVersion> all();

    Optional<StoredVersion> find(@Param("code") String code, @Param("version") String version);

    Optional<String> content(@Param("code") String code, @Param("version") String version);

    void insert(@Param("v") FactorLibraryVersion version, @Param("content") String content,
                @Param("reviewState") String reviewState, @Param("uploadedBy") String uploadedBy,
                @Param("active") boolean active, @Param("activatedBy") String activatedBy, @Param("reason") String reason);

    void attachProcess(@Param("code") String code, @Param("version") String version,
                       @Param("processInstanceId") String processInstanceId);

    int deactivateAll(@Param("code") String code);

    int activate(@Param("code") String code, @Param("version") String version, @Param("by") String by,
                 @Param("reason") String reason);

    int reject(@Param("code") String code, @Param("version") String version, @Param("reason") String reason);

    /** A stored version with whether it is the active one of its library. */
    record StoredVersion(String code, String version, String title, String document, String published, String status,
                         String contentHash, int rowCount, String origin, String reviewState, String uploadedBy,
                         String processInstanceId, boolean active, java.time.LocalDateTime activatedAt,
                         String activatedBy, String reason) {

        public FactorLibraryVersion toVersion() {
            return new FactorLibraryVersion(code, version, title, document, published, status, contentHash, rowCount, origin);
        }
    }
}
