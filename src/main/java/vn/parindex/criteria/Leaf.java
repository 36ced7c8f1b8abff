package vn.parindex.criteria;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A scored sub-criterion (leaf) of the catalogue: its area (with the short name printed over a column of results, the
 * area's title when the catalogue gives none) and criterion, maximum, scoring method and the method's parameters
 * p1..p3 (see {@link ScoringMethod}). Survey-scored leaves are never self-scored.
 */
public record Leaf(String code, String areaCode, String areaTitle, String areaShortTitle, String criterionCode,
                   String criterionTitle, String title, BigDecimal maxPoints, ScoringMethod method, BigDecimal p1,
                   BigDecimal p2, BigDecimal p3, boolean evidenceRequired) {

    /** The form of area, criterion and leaf codes ("1", "1.2", "1.2.3"), checked wherever a user sends one. */
    public static final Pattern CODE = Pattern.compile("[0-9A-Za-z._-]{1,16}");
    public static final int TITLE_CHARS = 500;
    public static final int AREA_TITLE_CHARS = 255;
    public static final int AREA_SHORT_TITLE_CHARS = 40;
    /** Area codes in their catalogue's order: 1, 2 … 10 (numbers by value, others after them by text). */
    public static final Comparator<String> AREA_ORDER = Comparator
            .comparing((String code) -> code.matches("\\d{1,9}") ? Integer.parseInt(code) : Integer.MAX_VALUE)
            .thenComparing(Comparator.naturalOrder());

    public Leaf {
        if (areaShortTitle == null || areaShortTitle.isBlank()) {
            areaShortTitle = areaTitle;
        }
    }

    public boolean survey() {
        return method == ScoringMethod.SURVEY;
    }

    /** The areas of these leaves that the appraisal team appraises: those with a leaf the unit enters, in order. */
    public static Set<String> appraisedAreas(Stream<Leaf> leaves) {
        return leaves.filter(l -> l.method().enteredByUnit()).map(Leaf::areaCode).collect(Collectors.toCollection(TreeSet::new));
    }
}
