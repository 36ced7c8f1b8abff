package vn.parindex.criteria;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The maxima one catalogue file declares and what its rows add up to, checked once every row is read, whatever
 * problems the rows have, so that one answer lists every problem of the file. Areas and criteria declare their
 * maxima on every row of theirs; children must add up to them, and leaves other than bonus and penalty items to 100.
 * A sum that a row's unreadable maximum or method leaves unknown is not checked: that row's problem is reported.
 */
final class CatalogueSums {

    private static final BigDecimal SCALE = BigDecimal.valueOf(100);
    private final String location;
    private final List<String> problems;
    private final Map<String, BigDecimal> areaMax = new LinkedHashMap<>();
    private final Map<String, BigDecimal> criterionMax = new LinkedHashMap<>();
    private final Map<String, String> criterionArea = new LinkedHashMap<>();
    private final Map<String, BigDecimal> leafSums = new HashMap<>();
    private final Set<String> unknownCriteria = new HashSet<>();
    /** Parents whose rows declare different maxima: their sums wait until the declarations agree. */
    private final Set<String> disputedAreas = new HashSet<>();
    private final Set<String> disputedCriteria = new HashSet<>();
    private BigDecimal total = BigDecimal.ZERO;
    private boolean totalUnknown;

    CatalogueSums(String location, List<String> problems) {
        this.location = location;
        this.problems = problems;
    }

    /** A row's share: its parents' declared maxima and its own; leaf is null when the row has a problem. */
    void add(List<String> row, Leaf leaf, String at) {
        String area = Catalogue.cell(row, CatalogueColumn.AREA_CODE);
        String criterion = Catalogue.cell(row, CatalogueColumn.CRITERION_CODE);
        if (area.isEmpty() || criterion.isEmpty()) {
            totalUnknown = true;
            return;
        }
        declared(areaMax, disputedAreas, area, row, CatalogueColumn.AREA_MAX, at);
        declared(criterionMax, disputedCriteria, criterion, row, CatalogueColumn.CRITERION_MAX, at);
        String first = criterionArea.putIfAbsent(criterion, area);
        if (first != null && !first.equals(area)) {
            problems.add(at + "tiêu chí " + criterion + " đã thuộc lĩnh vực " + first + ".");
        }
        BigDecimal max = leaf != null ? leaf.maxPoints() : Catalogue.numberOrNull(row, CatalogueColumn.MAX);
        ScoringMethod method = leaf != null ? leaf.method() : Catalogue.method(row);
        if (max == null) {
            unknownCriteria.add(criterion);
            totalUnknown = true;
            return;
        }
        leafSums.merge(criterion, max, BigDecimal::add);
        if (method == null) {
            totalUnknown = true;
        } else if (!method.extra()) {
            total = total.add(max);
        }
    }

    /** Every sum that is known: criteria against their leaves, areas against their criteria, the file against 100. */
    void check() {
        Map<String, BigDecimal> criteria = new LinkedHashMap<>(criterionMax);
        criteria.keySet().removeAll(unknownCriteria);
        criteria.keySet().removeAll(disputedCriteria);
        sums("tiêu chí", criteria, leafSums);
        Map<String, BigDecimal> criteriaByArea = new HashMap<>();
        Set<String> unknownAreas = new HashSet<>();
        criterionArea.forEach((criterion, area) -> {
            BigDecimal max = criterionMax.get(criterion);
            if (max == null || disputedCriteria.contains(criterion)) {
                unknownAreas.add(area);
            } else {
                criteriaByArea.merge(area, max, BigDecimal::add);
            }
        });
        Map<String, BigDecimal> areas = new LinkedHashMap<>(areaMax);
        areas.keySet().removeAll(unknownAreas);
        areas.keySet().removeAll(disputedAreas);
        sums("lĩnh vực", areas, criteriaByArea);
        if (!totalUnknown && total.compareTo(SCALE) != 0) {
            problems.add(location + ": tổng điểm tối đa (không kể điểm thưởng, điểm trừ) là "
                    + total.stripTrailingZeros().toPlainString() + ", phải bằng 100.");
        }
    }

    /** A parent's maximum is repeated on each of its rows: all must agree. */
    private void declared(Map<String, BigDecimal> maxima, Set<String> disputed, String code, List<String> row,
                          CatalogueColumn column, String at) {
        BigDecimal max = Catalogue.number(row, column, at, problems);
        String where = at + "cột " + column.header;
        if (max == null) {
            problems.add(where + ": thiếu điểm tối đa.");
            return;
        }
        BigDecimal first = maxima.putIfAbsent(code, max);
        if (first != null && first.compareTo(max) != 0) {
            disputed.add(code);
            problems.add(where + ": " + code + " đã khai báo tối đa " + first.stripTrailingZeros().toPlainString() + ".");
        }
    }

    private void sums(String what, Map<String, BigDecimal> declared, Map<String, BigDecimal> children) {
        declared.forEach((code, max) -> {
            BigDecimal sum = children.getOrDefault(code, BigDecimal.ZERO);
            if (sum.compareTo(max) != 0) {
                problems.add(location + ": " + what + " " + code + " có điểm tối đa " + max.stripTrailingZeros().toPlainString()
                        + " nhưng các thành phần cộng lại " + sum.stripTrailingZeros().toPlainString() + ".");
            }
        });
    }
}
