package vn.parindex.account;

/** The standing body or an administrator gave an account a new password, to be changed at its next login. */
public record PasswordReset(String actor, String login) {
}
