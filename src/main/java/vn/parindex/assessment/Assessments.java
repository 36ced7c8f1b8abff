package vn.parindex.assessment;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.parindex.org.Unit;

/**
 * A year's unit files as the other modules see them: read here, and changed only through the guarded transitions
 * below; the tables are this module's.
 */
@Service
public class Assessments {

    private final AssessmentRepository assessments;

    Assessments(AssessmentRepository assessments) {
        this.assessments = assessments;
    }

    /** One draft file per unit in scope of a year being opened. */
    public void openDrafts(int year, List<Unit> units, Set<String> unranked) {
        assessments.createDrafts(year, units, unranked);
    }

    /** Whether the unit is ranked this year; false: assessed and classified, but outside the ranking. */
    public void setRanked(int year, String unitCode, boolean ranked) {
        assessments.setRanked(year, unitCode, ranked);
    }

    public Optional<Assessment> find(int year, String unitCode) {
        return assessments.find(year, unitCode);
    }

    /** The unit's file of the year, or a Vietnamese 404. */
    public Assessment get(int year, String unitCode) {
        return assessments.get(year, unitCode);
    }

    public List<Assessment> findAll(int year) {
        return assessments.findAll(year);
    }

    /** The only way a file's status changes: see {@link AssessmentStatus#previous()}; else a Vietnamese 409. */
    public void moveTo(Assessment a, AssessmentStatus to) {
        assessments.moveTo(a, to);
    }

    /** Locks the file's row until the transaction ends, so that two steps on one file run one after the other. */
    public Assessment lock(int year, String unitCode) {
        return assessments.lock(year, unitCode);
    }

    /** Whether any unit of the year is not yet in the status. */
    public boolean anyNotIn(int year, AssessmentStatus status) {
        return assessments.anyNotIn(year, status);
    }
}
