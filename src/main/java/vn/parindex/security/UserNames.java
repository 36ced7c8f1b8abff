package vn.parindex.security;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.identity.User;

/** A user's name as people read it: first and last names, either of which may be missing (a user created by hand). */
public final class UserNames {

    private UserNames() {
    }

    /** The names present, joined; empty if neither is. */
    public static String full(User user) {
        return Stream.of(user.getFirstName(), user.getLastName()).filter(Objects::nonNull).map(String::trim)
                .filter(name -> !name.isEmpty()).collect(Collectors.joining(" "));
    }
}
