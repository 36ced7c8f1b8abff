package vn.parindex.scoring;

import java.util.Comparator;
import java.util.List;
import vn.parindex.scoring.facts.AreaIndex;
import vn.parindex.scoring.facts.Classification;
import vn.parindex.scoring.facts.CriterionTotal;
import vn.parindex.scoring.facts.Finding;
import vn.parindex.scoring.facts.LeafScore;
import vn.parindex.scoring.facts.Penalty;
import vn.parindex.scoring.facts.UnitTotal;

/** What the rules concluded about one unit at one stage. */
public record Evaluation(List<LeafScore> leafScores, List<Penalty> penalties, List<Finding> findings,
                         UnitTotal total, List<AreaIndex> areaIndices, List<CriterionTotal> criterionTotals,
                         String classification, String ruleHash) {

    public List<Finding> findings(String kind) {
        return findings.stream().filter(f -> f.getKind().equals(kind)).toList();
    }

    static Evaluation from(List<Object> facts, String ruleHash) {
        return new Evaluation(ofType(facts, LeafScore.class), ofType(facts, Penalty.class),
                ofType(facts, Finding.class), ofType(facts, UnitTotal.class).stream().findFirst().orElse(null),
                ofType(facts, AreaIndex.class).stream().sorted(Comparator.comparing(AreaIndex::getAreaCode)).toList(),
                ofType(facts, CriterionTotal.class).stream()
                        .sorted(Comparator.comparing(CriterionTotal::getCriterionCode)).toList(),
                ofType(facts, Classification.class).stream().map(Classification::getLabel).findFirst().orElse(null),
                ruleHash);
    }

    static <T> List<T> ofType(List<Object> facts, Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
