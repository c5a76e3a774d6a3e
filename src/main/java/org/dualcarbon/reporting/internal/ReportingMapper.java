package org.dualcarbon.reporting.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.dualcarbon.common.scope.ScopedRow;
import org.dualcarbon.reporting.ReportEvent;
import org.dualcarbon.reporting.ReportFlag;
import org.dualcarbon.reporting.ReportingCycle;
import org.dualcarbon.reporting.UnitReport;

@Mapper
public interface ReportingMapper {

    /** A cycle as written; MyBatis fills the id. */
    class CycleRow {
        private Long id;
        private final int year;
        private final String regionCode;
        private final LocalDateTime deadline;
        private final LocalDateTime reminderAt;
        private final String launchedBy;

        public CycleRow(int year, String regionCode, LocalDateTime deadline, LocalDateTime reminderAt, String launchedBy) {
            this.year = year;
            this.regionCode = regionCode;
            this.deadline = deadline;
            this.reminderAt = reminderAt;
            this.launchedBy = launchedBy;
        }

        public Long getId() { return id; }
        public void setId(Long id) { this.id = id; }
        public int getYear() { return year; }
        public String getRegionCode() { return regionCode; }
        public LocalDateTime getDeadline() { return deadline; }
        public LocalDateTime getReminderAt() { return reminderAt; }
        public String getLaunchedBy() { return launchedBy; }
    }

    /** A unit in the scope of a cycle, with what its report process needs. */
    record ScopeUnit(long unitId, long enterpriseId, String scopePath) implements ScopedRow {
    }

    record ReportRow(long cycleId, long unitId, long enterpriseId, int year, String scopePath) implements ScopedRow {
    }

    record SubmissionRow(Long id, long reportId, int versionNo, String dataJson, String submitToken, String submittedBy,
                         LocalDateTime submittedAt, String scopePath) implements ScopedRow {
    }

    record FlagRow(long reportId, long submissionId, String ruleName, String subject, String observed,
                   String thresholdValue, String message, String scopePath) implements ScopedRow {
    }

    record EventRow(long reportId, String event, String actor, String remark, String scopePath) implements ScopedRow {
    }

    /** A count of reports by a dimension (division, sector) and status. */
    record ProgressCell(String dimension, String status, boolean overdue, long reports) {
    }

    void insertCycle(CycleRow cycle);

    Optional<ReportingCycle> findCycle(@Param("id") long id);

    List<ReportingCycle> cycles(@Param("year") Integer year);

    int updateUnitCount(@Param("id") long id, @Param("count") int count);

    List<ScopeUnit> unitsBelow(@Param("regionPath") String regionPath);

    void insertReports(@Param("reports") List<ReportRow> reports);

    List<Long> reportIdsOfCycle(@Param("cycleId") long cycleId, @Param("offset") int offset, @Param("limit") int limit);

    int setProcessInstance(@Param("id") long reportId, @Param("instance") String processInstanceId);

    Optional<UnitReport> findReport(@Param("id") long id);

    List<UnitReport> reports(@Param("year") Integer year, @Param("regionPath") String regionPath,
                             @Param("status") String status, @Param("enterpriseId") Long enterpriseId,
                             @Param("overdue") Boolean overdue, @Param("flagged") Boolean flagged);

    int updateStatus(@Param("id") long id, @Param("status") String status);

    int updateAccounted(@Param("id") long id, @Param("runId") long runId, @Param("total") BigDecimal total);

    int updateFlags(@Param("id") long id, @Param("flagCount") int flagCount, @Param("status") String status);

    int markOverdue(@Param("id") long id);

    int nextVersion(@Param("reportId") long reportId);

    void insertSubmission(SubmissionRow submission);

    Optional<SubmissionRow> submissionByToken(@Param("token") String token);

    Optional<SubmissionRow> latestSubmission(@Param("reportId") long reportId);

    List<SubmissionRow> submissions(@Param("reportId") long reportId);

    int deleteDraft(@Param("reportId") long reportId);

    void insertDraft(@Param("reportId") long reportId, @Param("dataJson") String dataJson, @Param("savedBy") String savedBy,
                     @Param("scopePath") String scopePath);

    Optional<String> draft(@Param("reportId") long reportId);

    void insertFlags(@Param("flags") List<FlagRow> flags);

    List<ReportFlag> flags(@Param("reportId") long reportId, @Param("submissionId") Long submissionId);

    int explainFlag(@Param("id") long flagId, @Param("reportId") long reportId, @Param("explanation") String explanation,
                    @Param("by") String by);

    void insertEvent(EventRow event);

    List<ReportEvent> events(@Param("reportId") long reportId);

    /** The unit's year quantities by item (previous-year comparison of the anomaly rules). */
    List<ItemTotal> itemTotals(@Param("unitId") long unitId, @Param("year") int year);

    record ItemTotal(String itemCode, BigDecimal quantity) {
    }

    /** The unit's current accounted total of a year, if it has a run. */
    BigDecimal accountedTotal(@Param("unitId") long unitId, @Param("year") int year);

    /** The unit's capacity in MW, when it is stated in MW. */
    BigDecimal capacityMw(@Param("unitId") long unitId);

    /** By the enterprise's own division code; the service rolls these up to the level shown. */
    List<ProgressCell> progressByRegion(@Param("year") int year, @Param("regionPath") String regionPath);

    List<ProgressCell> progressBySector(@Param("year") int year, @Param("regionPath") String regionPath);
}
