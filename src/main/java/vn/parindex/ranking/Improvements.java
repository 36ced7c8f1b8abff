package vn.parindex.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.Assessments;
import vn.parindex.assessment.AssessmentScorer;
import vn.parindex.assessment.StoredScore;
import vn.parindex.assessment.Stage;
import vn.parindex.criteria.CycleCatalogue;
import vn.parindex.criteria.Leaf;
import vn.parindex.criteria.ScoringMethod;
import vn.parindex.scoring.Evaluation;
import vn.parindex.scoring.ScoringService;
import vn.parindex.scoring.facts.LeafScore;
import vn.parindex.scoring.facts.PointsOverride;
import vn.parindex.scoring.facts.RankCandidate;
import vn.parindex.scoring.facts.YearSettings;
import vn.parindex.security.CurrentUser;
import vn.parindex.web.UserFacingException;
import vn.parindex.year.Cycle;
import vn.parindex.year.Years;

/**
 * What a unit should fix: every leaf where it lost points, with what recovering it alone would change — the index,
 * the band and the rank in its block — each computed by the year's rules (a what-if per leaf, nothing stored).
 * Bonus items are left out (nothing was lost); a penalty item is recovered by not incurring it.
 */
@Service
public class Improvements {

    private final Years cycles;
    private final Assessments assessments;
    private final AssessmentScorer scorer;
    private final ScoringService scoring;
    private final ResultService results;
    private final CycleCatalogue catalogue;

    Improvements(Years cycles, Assessments assessments, AssessmentScorer scorer, ScoringService scoring,
                 ResultService results, CycleCatalogue catalogue) {
        this.cycles = cycles;
        this.assessments = assessments;
        this.scorer = scorer;
        this.scoring = scoring;
        this.results = results;
        this.catalogue = catalogue;
    }

    /** One leaf to fix: its points now and the unit's index, band and rank if it scored in full. */
    public record Improvement(String leafCode, String leafTitle, String areaCode, BigDecimal points, BigDecimal max,
                              BigDecimal lost, BigDecimal index, BigDecimal indexGain, String classification,
                              boolean changesBand, int rank, int ranksGained) {
    }

    /** A unit's leaves to fix, the largest effect on its index first, for the result the reader may see. */
    @Transactional(readOnly = true)
    public List<Improvement> of(int year, String unitCode, CurrentUser reader) {
        reader.requireReadAccess(unitCode);
        Cycle cycle = cycles.get(year);
        String stage = latestStage(year, reader);
        results.requireVisible(year, stage, reader);
        List<UnitResult> stored = results.results(year, stage);
        UnitResult now = stored.stream().filter(r -> r.unitCode().equals(unitCode)).findFirst()
                .orElseThrow(() -> UserFacingException.notFound("Đơn vị " + unitCode + " không có kết quả năm " + year + "."));
        Assessment a = assessments.get(year, unitCode);
        Map<String, Leaf> leaves = new HashMap<>();
        catalogue.leaves(year, a.unitType()).forEach(l -> leaves.put(l.code(), l));
        List<UnitResult> block = stored.stream().filter(r -> r.rankingBlock().equals(now.rankingBlock()) && r.rank() > 0)
                .toList();
        List<Improvement> improvements = new ArrayList<>();
        for (LeafScore s : scorer.evaluate(a, Stage.RESULT).leafScores()) {
            boolean penalty = "PENALTY".equals(s.getEffect());
            boolean lostPoints = "NORMAL".equals(s.getEffect()) && s.isApplicable() && s.getPoints().compareTo(s.getMax()) < 0;
            if (!lostPoints && !(penalty && s.getPoints().signum() > 0)) {
                continue;
            }
            BigDecimal recovered = penalty ? BigDecimal.ZERO : s.getMax();
            Evaluation e = scorer.evaluateResultWith(a, new PointsOverride(s.getLeafCode(), recovered, "WHAT_IF"));
            int rank = now.rank() == 0 ? 0 : rankWith(cycle, block, unitCode, e);
            Leaf leaf = leaves.get(s.getLeafCode());
            improvements.add(new Improvement(s.getLeafCode(), leaf == null ? s.getLeafCode() : leaf.title(), s.getAreaCode(),
                    s.getPoints(), s.getMax(), penalty ? s.getPoints() : s.getMax().subtract(s.getPoints()),
                    e.total().getIndex(), e.total().getIndex().subtract(now.index()), e.classification(),
                    !now.classification().equals(e.classification()), rank, now.rank() - rank));
        }
        improvements.sort(Comparator.comparing(Improvement::indexGain).reversed()
                .thenComparing(Comparator.comparing(Improvement::lost).reversed()).thenComparing(Improvement::leafCode));
        return improvements;
    }

    /** The same for a report: empty while the reader may see no result of the unit this year. */
    @Transactional(readOnly = true)
    public List<Improvement> ifVisible(int year, String unitCode, CurrentUser reader) {
        String stage = latestStage(year, reader);
        boolean shown = reader.mayReadUnit(unitCode) && results.visible(year, stage, reader)
                && results.results(year, stage).stream().anyMatch(r -> r.unitCode().equals(unitCode));
        return shown ? of(year, unitCode, reader) : List.of();
    }

    /** The unit's rank had it this evaluation, the rest of its block as stored; by the year's ranking rules. */
    private int rankWith(Cycle cycle, List<UnitResult> block, String unitCode, Evaluation e) {
        List<RankCandidate> candidates = new ArrayList<>();
        candidates.add(new RankCandidate(unitCode, "", e.total().getIndex(), e.total().getAppraised(), e.classification()));
        // units below it in its own band can never be ahead of it: leaving them out keeps a big block cheap
        block.stream().filter(r -> !r.unitCode().equals(unitCode))
                .filter(r -> r.index().compareTo(e.total().getIndex()) >= 0 || !r.classification().equals(e.classification()))
                .forEach(r -> candidates.add(new RankCandidate(r.unitCode(), "", r.index(), r.appraised(), r.classification())));
        return scoring.rank(cycle.ruleHash(), new YearSettings(cycle.classificationScheme(), cycle.tieBreak()), candidates)
                .get(unitCode).getRank();
    }

    /** A leaf where units lose points, province-wide, for one unit type's catalogue. */
    public record LeafLoss(String unitType, String leafCode, String leafTitle, String areaCode, int unitsLosing,
                           int unitsScored, BigDecimal pointsLost) {
    }

    /** The leaves where most units lose points (then most points), from the year's stored result scores. */
    @Transactional(readOnly = true)
    public List<LeafLoss> province(int year, CurrentUser reader) {
        if (!reader.isProvinceStaff()) {
            throw UserFacingException.forbidden("Chỉ cán bộ của tỉnh xem được tổng hợp điểm bị mất của mọi đơn vị.");
        }
        cycles.get(year);
        Map<Long, List<StoredScore>> scored = scorer.storedResults(year);
        Map<String, LeafLoss> byLeaf = new TreeMap<>();
        for (Assessment a : assessments.findAll(year)) {
            Map<String, Leaf> leaves = new HashMap<>();
            catalogue.leaves(year, a.unitType()).forEach(l -> leaves.put(l.code(), l));
            for (StoredScore s : scored.getOrDefault(a.id(), List.of())) {
                Leaf leaf = leaves.get(s.leafCode());
                if (leaf == null || leaf.method() == ScoringMethod.BONUS || !s.applicable() && leaf.method() != ScoringMethod.PENALTY) {
                    continue;
                }
                BigDecimal lost = leaf.method() == ScoringMethod.PENALTY ? s.points() : leaf.maxPoints().subtract(s.points());
                String key = a.unitType().code() + " " + leaf.code();
                LeafLoss before = byLeaf.getOrDefault(key, new LeafLoss(a.unitType().label(), leaf.code(), leaf.title(),
                        leaf.areaCode(), 0, 0, BigDecimal.ZERO));
                byLeaf.put(key, new LeafLoss(before.unitType(), before.leafCode(), before.leafTitle(), before.areaCode(),
                        before.unitsLosing() + (lost.signum() > 0 ? 1 : 0), before.unitsScored() + 1,
                        before.pointsLost().add(lost)));
            }
        }
        return byLeaf.values().stream().filter(l -> l.unitsLosing() > 0)
                .sorted(Comparator.comparingInt(LeafLoss::unitsLosing).reversed()
                        .thenComparing(Comparator.comparing(LeafLoss::pointsLost).reversed())
                        .thenComparing(LeafLoss::unitType).thenComparing(LeafLoss::leafCode))
                .toList();
    }

    /** The final result once the reader may see it, else the preliminary one. */
    private String latestStage(int year, CurrentUser reader) {
        return results.count(year, ResultService.FINAL) > 0 && results.visible(year, ResultService.FINAL, reader)
                ? ResultService.FINAL : ResultService.PRELIMINARY;
    }
}
