package vn.parindex.assessment;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The messages a unit's file shows (reminders, findings, decisions), newest first. Implemented by the module that
 * keeps them, which listens to this one's events: the file reads them through this interface, not that module.
 */
public interface UnitNotices {

    List<Notice> forUnit(int year, String unitCode);

    record Notice(String message, LocalDateTime createdAt) {
    }
}
