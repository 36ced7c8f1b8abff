package vn.parindex.security;

import java.util.Set;

/** Camunda group ids of the actors of the annual cycle. Every user task names one of them as candidate group. */
public final class Roles {

    public static final String STANDING_BODY = "standing-body";
    public static final String APPRAISAL_TEAM = "appraisal-team";
    public static final String COUNCIL = "council";
    public static final String COMPLAINT_REVIEWERS = "complaint-reviewers";
    public static final String LEADERSHIP = "leadership";
    public static final String SURVEY_OFFICE = "survey-office";
    public static final String ADMIN = "camunda-admin";

    /**
     * Roles whose accounts only an administrator creates, moves or resets: whoever is handed such an account's password
     * acts in that role, so the standing body must not hand one to itself (it approves nothing, leadership does).
     */
    public static final Set<String> ADMINISTERED = Set.of(LEADERSHIP, COUNCIL, STANDING_BODY, ADMIN);

    private static final String UNIT_PREFIX = "unit-";

    private Roles() {
    }

    /** The group of an assessed unit's users, e.g. {@code unit-STP}. */
    public static String unitGroup(String unitCode) {
        return UNIT_PREFIX + unitCode;
    }

    static boolean isUnitGroup(String groupId) {
        return groupId.startsWith(UNIT_PREFIX);
    }

    static String unitOf(String groupId) {
        return groupId.substring(UNIT_PREFIX.length());
    }
}
