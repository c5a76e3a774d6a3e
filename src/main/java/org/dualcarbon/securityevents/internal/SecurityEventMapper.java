package org.dualcarbon.securityevents.internal;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.dualcarbon.securityevents.SecurityEvent;

@Mapper
public interface SecurityEventMapper {

    Optional<SecurityEvent> openEpisode(@Param("kind") String kind, @Param("subject") String subject, @Param("since") long since);

    void insert(@Param("kind") String kind, @Param("severity") String severity, @Param("subject") String subject,
                @Param("at") long at, @Param("occurrences") int occurrences, @Param("detail") String detail);

    void continueEpisode(@Param("id") long id, @Param("at") long at, @Param("occurrences") int occurrences,
                         @Param("detail") String detail);

    List<SecurityEvent> recent(@Param("status") String status, @Param("limit") int limit);

    int acknowledge(@Param("id") long id, @Param("by") String by, @Param("at") long at, @Param("note") String note);

    /** Source addresses (or user names) with at least {@code min} audit rows of the events since {@code since}. */
    List<Burst> bursts(@Param("events") List<String> events, @Param("by") String by, @Param("since") long since,
                       @Param("min") int min);

    long lockedAccounts(@Param("now") java.sql.Timestamp now);

    /** A key (address or user) and how many rows it had in the window. */
    record Burst(String subject, int occurrences) {
    }
}
