package vn.parindex.assessment;

import java.util.List;

/** An import offered other figures for leaves the units had already decided on: flagged beside them. */
public record PrefillsFlagged(String actor, int year, List<Flag> flags) {

    public record Flag(String unitCode, String leafCode, String figures, String source) {
    }
}
