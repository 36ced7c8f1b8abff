package vn.parindex.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.parindex.security.PasswordStrength;

/** The passwords handed over at import and reset would pass the check a user's own passwords pass. */
class PasswordsTest {

    @Test
    void generatedPasswordsAreStrongEnoughToBeChosen() {
        PasswordStrength strength = new PasswordStrength();
        assertThat(IntStream.range(0, 500).mapToObj(i -> Passwords.generate("acc-generated")))
                .allSatisfy(password -> assertThat(strength.problem("acc-generated", password)).as(password).isEmpty());
    }
}
