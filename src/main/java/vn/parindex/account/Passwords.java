package vn.parindex.account;

import java.security.SecureRandom;

/** Initial and reset passwords: random, without characters read alike on paper (0/O, 1/l/I). */
final class Passwords {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 14;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    static String generate() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
