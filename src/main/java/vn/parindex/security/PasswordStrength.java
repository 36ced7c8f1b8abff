package vn.parindex.security;

import java.util.Locale;
import java.util.Optional;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import org.springframework.stereotype.Component;

/**
 * Whether a password a user chooses is hard to guess. Length alone lets "aaaaaaaaaaaa" or "password1234" through:
 * nbvcxz estimates the guesses a password takes, knowing common passwords, words and names, repeats, sequences,
 * keyboard patterns and dates.
 */
@Component
public class PasswordStrength {

    public static final int MIN_LENGTH = 12;
    private static final int MAX_LENGTH = 128;
    /** About 10^12 guesses; nbvcxz's default of 35 bits still lets a word, a year and the word again through. */
    static final double MIN_ENTROPY_BITS = 40;

    private final Nbvcxz estimator = new Nbvcxz(new ConfigurationBuilder().setMinimumEntropy(MIN_ENTROPY_BITS)
            .createConfiguration());

    /** Why this user may not choose this password, in words he can act on; empty if he may. */
    public Optional<String> problem(String login, String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            return Optional.of("Mật khẩu mới phải dài " + MIN_LENGTH + "–" + MAX_LENGTH + " ký tự.");
        }
        if (password.toLowerCase(Locale.ROOT).contains(login.toLowerCase(Locale.ROOT))) {
            return Optional.of("Mật khẩu mới không được chứa tên đăng nhập (" + login + ").");
        }
        if (!estimator.estimate(password).isMinimumEntropyMet()) {
            return Optional.of("Mật khẩu mới quá dễ đoán (ký tự lặp lại, dãy liên tiếp như 1234 hay qwerty, mật khẩu "
                    + "phổ biến, từ hoặc tên thông dụng). Hãy ghép vài từ không liên quan đến nhau, xen số hoặc ký hiệu "
                    + "không theo thứ tự.");
        }
        return Optional.empty();
    }
}
