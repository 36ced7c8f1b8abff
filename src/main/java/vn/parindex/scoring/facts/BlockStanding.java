package vn.parindex.scoring.facts;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The candidates of one block from first to last place by tier (lower first), then index (higher first), for the
 * ranking rules to count who stands above or level with a unit, as rule sets archived before the ranking order moved
 * into rank.drl call it (years opened with them rank with them until published; {@code cycle.OpenYearsRules} refuses a
 * start that would break them).
 */
@Deprecated
public final class BlockStanding {
    private static final Comparator<RankCandidate> PLACE = Comparator.comparingInt(RankCandidate::getTier)
            .thenComparing(RankCandidate::getIndex, Comparator.reverseOrder());

    private final String block;
    private final List<RankCandidate> places;

    public BlockStanding(String block, Collection<RankCandidate> candidates) {
        this.block = block;
        this.places = candidates.stream().sorted(PLACE).toList();
    }

    public String getBlock() { return block; }

    /** Candidates in a better tier, or in the same tier with a higher index. */
    public int above(RankCandidate c) {
        return firstPlaceFrom(c, 0);
    }

    /** Candidates in the same tier with the same index, the unit itself included. */
    public int level(RankCandidate c) {
        return firstPlaceFrom(c, 1) - firstPlaceFrom(c, 0);
    }

    /** Candidates level with the unit that have more appraised points. */
    public int levelWithMoreAppraised(RankCandidate c) {
        BigDecimal appraised = c.getAppraised();
        return (int) places.subList(above(c), firstPlaceFrom(c, 1)).stream()
                .filter(other -> other.getAppraised().compareTo(appraised) > 0).count();
    }

    /** The first place whose candidate stands below c (after, when 1) or level with or below it (when 0). */
    private int firstPlaceFrom(RankCandidate c, int after) {
        int low = 0;
        int high = places.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (PLACE.compare(places.get(middle), c) < after) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
