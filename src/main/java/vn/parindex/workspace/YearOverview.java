package vn.parindex.workspace;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Where a year stands, for the standing body: its phase and deadlines, files by status, late units, files waiting for
 * the team by area, complaints pending, and every unit's file.
 */
public record YearOverview(int year, String phase, LocalDateTime selfAssessmentDue, LocalDateTime complaintWindowEnds,
                           String classificationScheme, int units, int submitted, int late,
                           Map<String, Integer> byStatus, Map<String, Integer> waitingByArea, int complaintsPending,
                           List<UnitFile> files) {

    /** One unit's file: status label, late, when submitted. */
    public record UnitFile(String unitCode, String unitName, String block, String status, String statusLabel, boolean late,
                           LocalDateTime submittedAt) {
    }
}
