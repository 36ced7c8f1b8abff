package vn.parindex.scoring.facts;

/** A block that has candidates, once: the ranking rules gather each block's candidates from it. */
public final class RankBlock {
    private final String name;

    public RankBlock(String name) {
        this.name = name;
    }

    public String getName() { return name; }
}
