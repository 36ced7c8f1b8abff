package vn.parindex.account;

/** The standing body or an administrator lifted an account's lock and login waits. */
public record AccountUnlocked(String actor, String login) {
}
