package vn.parindex.account;

import java.security.SecureRandom;
import vn.parindex.security.PasswordStrength;

/**
 * Initial and reset passwords: random, without characters read alike on paper (0/O, 1/l/I), and never one the
 * user could not have chosen himself (a random draw now and then spells a word or a run the strength check refuses).
 */
final class Passwords {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 14;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final PasswordStrength STRENGTH = new PasswordStrength();

    private Passwords() {
    }

    static String generate(String login) {
        String password;
        do {
            StringBuilder drawn = new StringBuilder(LENGTH);
            for (int i = 0; i < LENGTH; i++) {
                drawn.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            password = drawn.toString();
        } while (STRENGTH.problem(login, password).isPresent());
        return password;
    }
}
