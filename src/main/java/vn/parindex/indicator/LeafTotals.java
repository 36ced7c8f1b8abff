package vn.parindex.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.parindex.assessment.PrefilledFigure;

/**
 * Sums units' monthly figures over each mapped leaf's window into the figures offered for that leaf, in the database
 * (a year of 3,321 communes holds about 240,000 months).
 */
@Component
class LeafTotals {

    /** The figures to offer, and how many leaves had nothing to offer: their denominator sums to zero. */
    record Totals(List<PrefilledFigure> figures, int withoutDenominator) {
    }

    private final SourceFigureRepository figures;

    LeafTotals(SourceFigureRepository figures) {
        this.figures = figures;
    }

    /** The totals of the leaves fed by the indicators each unit's rows touched; the file is the figures' evidence. */
    Totals of(SourceWorkbook.Year year, List<SourceFigure> touched, String fileSha256) {
        Map<String, Set<String>> unitsByIndicator = touched.stream().collect(Collectors.groupingBy(SourceFigure::indicator,
                Collectors.mapping(SourceFigure::unitCode, Collectors.toSet())));
        List<PrefilledFigure> offers = new ArrayList<>();
        int withoutDenominator = 0;
        for (Map.Entry<String, List<LeafSource>> type : year.sourcesByType().entrySet()) {
            for (LeafSource leaf : type.getValue()) {
                Set<String> units = unitsByIndicator.getOrDefault(leaf.indicator(), Set.of()).stream()
                        .filter(u -> type.getKey().equals(year.typeOfUnit().get(u))).collect(Collectors.toSet());
                if (units.isEmpty()) {
                    continue;
                }
                for (SourceFigureRepository.Total t : figures.totals(year.year(), leaf.indicator(),
                        leaf.first(year.year()), leaf.last(year.year()))) {
                    if (!units.contains(t.unitCode())) {
                        continue;   // untouched by the file, or of another type, whose leaves this indicator feeds elsewhere
                    }
                    if (t.denominator().signum() == 0) {
                        withoutDenominator++;
                    } else {
                        offers.add(new PrefilledFigure(t.unitCode(), leaf.leafCode(), t.numerator(), t.denominator(),
                                t.sources(), t.extractedOn(), fileSha256));
                    }
                }
            }
        }
        return new Totals(offers, withoutDenominator);
    }
}
