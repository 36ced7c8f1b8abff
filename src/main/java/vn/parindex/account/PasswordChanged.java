package vn.parindex.account;

/** A user chose his own password. */
public record PasswordChanged(String login) {
}
