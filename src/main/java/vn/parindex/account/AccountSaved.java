package vn.parindex.account;

import java.util.List;

/** An account sheet created or updated an account, in one group, with its appraisal areas if any. */
public record AccountSaved(String actor, String login, String group, List<String> areas, boolean created) {
}
