package vn.parindex.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.parindex.assessment.PrefilledFigure;

/** Sums a unit's monthly figures over each mapped leaf's window into the figures offered for that leaf. */
final class LeafTotals {

    private static final int SOURCE_CHARS = 200;

    /** The figures to offer, and how many leaves had nothing to offer: their denominator sums to zero. */
    record Totals(List<PrefilledFigure> figures, int withoutDenominator) {
    }

    private LeafTotals() {
    }

    /**
     * The totals of the leaves fed by the indicators of {@code touched} ("unit|indicator"); a leaf whose denominator
     * sums to zero has no rate to offer and is left to the unit.
     */
    static Totals of(SourceWorkbook.Year year, Set<String> touched, List<SourceFigure> stored, String fileSha256) {
        Map<String, List<SourceFigure>> byUnitIndicator = stored.stream()
                .collect(Collectors.groupingBy(f -> f.unitCode() + "|" + f.indicator()));
        List<PrefilledFigure> totals = new ArrayList<>();
        int withoutDenominator = 0;
        for (String key : new TreeSet<>(touched)) {
            String unit = key.substring(0, key.indexOf('|'));
            String indicator = key.substring(key.indexOf('|') + 1);
            for (LeafSource leaf : year.leavesOf(unit, indicator)) {
                List<SourceFigure> months = byUnitIndicator.getOrDefault(key, List.of()).stream()
                        .filter(f -> leaf.covers(year.year(), f.period())).toList();
                BigDecimal numerator = months.stream().map(SourceFigure::numerator).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal denominator = months.stream().map(SourceFigure::denominator).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (denominator.signum() == 0) {
                    withoutDenominator++;
                    continue;
                }
                totals.add(new PrefilledFigure(unit, leaf.leafCode(), numerator, denominator, sources(months),
                        months.stream().map(SourceFigure::extractedOn).max(Comparator.naturalOrder()).orElse(LocalDate.MIN),
                        fileSha256));
            }
        }
        return new Totals(totals, withoutDenominator);
    }

    /** The distinct sources of the months, as one line within the column's width. */
    private static String sources(List<SourceFigure> months) {
        String joined = String.join(", ", months.stream().map(SourceFigure::source).collect(Collectors.toCollection(TreeSet::new)));
        return joined.length() <= SOURCE_CHARS ? joined : joined.substring(0, SOURCE_CHARS - 1) + "…";
    }
}
