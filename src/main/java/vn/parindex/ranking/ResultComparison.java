package vn.parindex.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.Assessments;
import vn.parindex.assessment.AssessmentScorer;
import vn.parindex.assessment.Stage;
import vn.parindex.rules.RuleSet;
import vn.parindex.rules.RuleSets;
import vn.parindex.scoring.Evaluation;
import vn.parindex.scoring.ScoringService;
import vn.parindex.scoring.facts.RankCandidate;
import vn.parindex.scoring.facts.YearSettings;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Roles;
import vn.parindex.web.UserFacingException;
import vn.parindex.year.Cycle;
import vn.parindex.year.Years;

/**
 * What-if: re-scores a year with the rules in force or with a draft version and shows the differences, storing
 * nothing. Re-scoring: the standing body applies the rules in force to an open year, with a reason, and results are
 * recomputed.
 */
@Service
public class ResultComparison {

    private final Years cycles;
    private final Assessments assessments;
    private final AssessmentScorer scorer;
    private final ScoringService scoring;
    private final ResultService results;
    private final ApplicationEventPublisher events;

    private final RuleSets ruleSets;

    ResultComparison(Years cycles, Assessments assessments, AssessmentScorer scorer,
                     ScoringService scoring, ResultService results, ApplicationEventPublisher events, RuleSets ruleSets) {
        this.cycles = cycles;
        this.assessments = assessments;
        this.scorer = scorer;
        this.scoring = scoring;
        this.results = results;
        this.events = events;
        this.ruleSets = ruleSets;
    }

    /** {@code ruleSetId}: a version of the rules (a draft); null for the rules in force. */
    @Transactional(readOnly = true)
    public List<WhatIfRow> whatIf(int year, Long ruleSetId, CurrentUser user) {
        user.requireGroup(Roles.STANDING_BODY);
        List<UnitResult> stored = latestResults(year);
        String draft = ruleSetId == null ? scoring.currentRuleHash() : scoring.ruleHash(ruleSets.version(ruleSetId));
        Map<String, Assessment> files = assessments.findAll(year).stream().collect(Collectors.toMap(Assessment::unitCode, a -> a));
        Map<String, Evaluation> evaluations = new HashMap<>();
        scorer.evaluateAll(year, stored.stream().map(r -> files.get(r.unitCode())).toList(), Stage.RESULT, draft,
                scored -> scored.forEach(s -> evaluations.put(s.file().unitCode(), s.evaluation())));
        List<RankCandidate> candidates = new ArrayList<>();
        for (UnitResult r : stored) {
            Evaluation e = evaluations.get(r.unitCode());
            candidates.add(new RankCandidate(r.unitCode(), r.rankingBlock(), e.total().getIndex(), e.total().getAppraised(),
                    e.classification()));
        }
        Cycle cycle = cycles.get(year);
        Map<String, Integer> ranks = new HashMap<>();
        scoring.rank(draft, new YearSettings(cycle.classificationScheme(), cycle.tieBreak()), candidates)
                .forEach((unit, rank) -> ranks.put(unit, rank.getRank()));
        return stored.stream().map(r -> new WhatIfRow(r.unitCode(), r.unitName(), r.rankingBlock(), r.index(),
                        r.classification(), r.rank(), evaluations.get(r.unitCode()).total().getIndex(),
                        evaluations.get(r.unitCode()).classification(), ranks.get(r.unitCode())))
                .sorted(Comparator.comparing(WhatIfRow::rankingBlock).thenComparingInt(WhatIfRow::draftRank))
                .toList();
    }

    @Transactional
    public void rescoreWithCurrentRules(int year, String reason, CurrentUser user) {
        user.requireGroup(Roles.STANDING_BODY);
        Cycle cycle = cycles.get(year);
        cycle.requireUnlocked();
        if (reason == null || reason.isBlank()) {
            throw UserFacingException.badRequest("Phải nêu lý do khi chấm lại năm đánh giá bằng bộ luật mới.");
        }
        RuleSet inForce = ruleSets.latest();
        String adopted = scoring.adoptRules(inForce);
        cycles.scoreUnder(year, adopted, inForce.id());
        events.publishEvent(new YearRescored(user.id(), year, cycle.ruleHash(), adopted, reason));
        results.changeableStages(year).forEach(stage -> results.compute(year, stage, user.id()));
    }

    private List<UnitResult> latestResults(int year) {
        cycles.get(year);
        List<UnitResult> last = results.results(year, ResultService.FINAL);
        if (last.isEmpty()) {
            last = results.results(year, ResultService.PRELIMINARY);
        }
        if (last.isEmpty()) {
            throw UserFacingException.conflict("Năm " + year + " chưa có kết quả để so sánh.");
        }
        return last;
    }
}
