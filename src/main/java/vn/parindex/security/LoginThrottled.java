package vn.parindex.security;

/**
 * Logins on {@code key} (a name, an address, a name from an address, a device) now wait, after {@code failures}
 * failures in a row; the attempt that tipped it came from {@code name} at {@code address}.
 */
public record LoginThrottled(String key, int failures, String name, String address) {
}
