package vn.parindex.security;

import java.util.Map;

/** Vietnamese names of the roles, for messages and for the groups created in Camunda. */
public final class RoleNames {

    private static final Map<String, String> NAMES = Map.of(
            Roles.STANDING_BODY, "Cơ quan thường trực (Sở Nội vụ)",
            Roles.APPRAISAL_TEAM, "Tổ giúp việc thẩm định",
            Roles.COUNCIL, "Hội đồng thẩm định",
            Roles.COMPLAINT_REVIEWERS, "Bộ phận giải quyết kiến nghị",
            Roles.LEADERSHIP, "Lãnh đạo UBND tỉnh",
            Roles.SURVEY_OFFICE, "Bộ phận điều tra xã hội học",
            Roles.ADMIN, "Quản trị hệ thống");

    private RoleNames() {
    }

    public static String of(String group) {
        return NAMES.getOrDefault(group, group);
    }

    public static Map<String, String> all() {
        return NAMES;
    }
}
