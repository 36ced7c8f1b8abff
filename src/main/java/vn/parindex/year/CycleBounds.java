package vn.parindex.year;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import vn.parindex.web.UserFacingException;
import vn.parindex.workflow.EngineClock;

/**
 * The bounds of a year and of its periods (self-assessment due date, reminder lead time, explanation period, complaint
 * window), checked alike when the standing body opens a year and when it changes a window while the year runs.
 */
public final class CycleBounds {

    /** The Ministry's PAR Index was first applied to 2012; a province may record its years from then on. */
    public static final int FIRST_YEAR = 2012;
    /** A bound against typos (20225), wide enough for the suite, where each test opens years of its own. */
    public static final int LAST_YEAR = 2199;
    /** A reminder, an explanation or a complaint window longer than a year would outlast the year it belongs to. */
    static final Duration LONGEST_PERIOD = Duration.ofDays(365);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private CycleBounds() {
    }

    public static int validYear(Integer year) {
        if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
            throw UserFacingException.badRequest("Năm đánh giá không hợp lệ (" + FIRST_YEAR + "–" + LAST_YEAR + ").");
        }
        return year;
    }

    /**
     * In the future, and no later than the end of the next year: the year's timers wait for it. A past year recorded
     * late (the app keeps years from 2012) is given up to a year from now instead. No earliest date: a year may be
     * opened ahead of its course.
     */
    public static LocalDateTime selfAssessmentDue(int year, LocalDateTime given) {
        LocalDateTime now = EngineClock.now();
        if (given == null || !given.isAfter(now)) {
            throw UserFacingException.badRequest("Hạn nộp hồ sơ tự đánh giá (selfAssessmentDue) phải là một thời điểm "
                    + "trong tương lai.");
        }
        LocalDateTime endOfNextYear = LocalDate.of(year + 2, 1, 1).atStartOfDay();
        LocalDateTime latest = endOfNextYear.isAfter(now.plusYears(1)) ? endOfNextYear : now.plusYears(1);
        if (given.isAfter(latest)) {
            throw UserFacingException.badRequest("Hạn nộp hồ sơ tự đánh giá (selfAssessmentDue) không được muộn hơn "
                    + "hết năm " + (year + 1) + " (với năm đã qua: không quá một năm kể từ nay).");
        }
        return given;
    }

    /** A reminder lead time, explanation period or complaint window: longer than nothing, at most a year. */
    public static Duration period(Duration given, String what) {
        if (given.isNegative() || given.isZero() || given.compareTo(LONGEST_PERIOD) > 0) {
            throw UserFacingException.badRequest("Giá trị " + what + " phải lớn hơn 0 và không quá "
                    + LONGEST_PERIOD.toDays() + " ngày.");
        }
        return given;
    }

    /**
     * The reminder falls before the due date and after now: a reminder already past would be sent to every unit at
     * once, the moment the year opens.
     */
    public static void reminderAhead(LocalDateTime due, Duration reminderBefore) {
        LocalDateTime remindAt = due.minus(reminderBefore);
        if (!remindAt.isAfter(EngineClock.now())) {
            throw UserFacingException.badRequest("Thời điểm nhắc việc (" + describe(reminderBefore) + " trước hạn nộp "
                    + shown(due) + ", tức " + shown(remindAt) + ") đã qua: mọi đơn vị sẽ bị nhắc ngay cùng lúc. Hãy đặt "
                    + "hạn nộp muộn hơn hoặc thời gian nhắc việc (reminderBefore) ngắn hơn.");
        }
    }

    /** A period as a user reads it: "3 ngày", "36 giờ", "90 phút", "22 giây". */
    public static String describe(Duration d) {
        if (d.toSeconds() % Duration.ofDays(1).toSeconds() == 0) {
            return d.toDays() + " ngày";
        }
        if (d.toSeconds() % Duration.ofHours(1).toSeconds() == 0) {
            return d.toHours() + " giờ";
        }
        return d.toSeconds() % 60 == 0 ? d.toMinutes() + " phút" : d.toSeconds() + " giây";
    }

    /** A moment as messages show it: "17:00 ngày 10/01/2027". */
    public static String shown(LocalDateTime at) {
        return at.format(SHOWN);
    }
}
