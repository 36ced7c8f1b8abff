package vn.parindex.account;

import java.util.List;

/** An appraiser's areas changed from {@code before} to {@code after}. */
public record AppraiserAreasAssigned(String actor, String login, List<String> before, List<String> after) {
}
