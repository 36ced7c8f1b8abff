package vn.parindex.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.parindex.criteria.CycleCatalogue;
import vn.parindex.criteria.Leaf;
import vn.parindex.scoring.Evaluation;
import vn.parindex.scoring.ScoringService;
import vn.parindex.scoring.facts.LeafInput;
import vn.parindex.scoring.facts.NotSurveyed;
import vn.parindex.scoring.facts.PointsOverride;
import vn.parindex.scoring.facts.SurveyRate;
import vn.parindex.scoring.facts.UnitContext;
import vn.parindex.scoring.facts.YearSettings;
import vn.parindex.survey.SurveyRepository;
import vn.parindex.workflow.EngineClock;
import vn.parindex.year.Cycle;
import vn.parindex.year.CycleRepository;

/** Gathers a unit's facts for a stage, asks the rules, and stores the points of that stage. */
@Component
public class AssessmentScorer {

    private final CycleCatalogue catalogue;
    private final CycleRepository cycles;
    private final AnswerRepository answers;
    private final ScoreRepository scores;
    private final SurveyRepository surveys;
    private final ScoringService scoring;

    AssessmentScorer(CycleCatalogue catalogue, CycleRepository cycles, AnswerRepository answers, ScoreRepository scores,
                     SurveyRepository surveys, ScoringService scoring) {
        this.catalogue = catalogue;
        this.cycles = cycles;
        this.answers = answers;
        this.scores = scores;
        this.surveys = surveys;
        this.scoring = scoring;
    }

    /** Evaluates with the rule set the year was opened with. */
    public Evaluation evaluate(Assessment a, Stage stage) {
        Cycle cycle = cycles.get(a.year());
        return evaluate(a, stage, cycle, cycle.ruleHash());
    }

    /** Evaluates with a given rule set, e.g. a draft for a what-if comparison. */
    public Evaluation evaluate(Assessment a, Stage stage, String ruleHash) {
        return evaluate(a, stage, cycles.get(a.year()), ruleHash);
    }

    /**
     * The result as it would be had the leaf scored these points (a what-if of one leaf, by the year's rules): the
     * points replace whatever the method, the council or a complaint gave it. Nothing is stored.
     */
    public Evaluation evaluateResultWith(Assessment a, PointsOverride whatIf) {
        Cycle cycle = cycles.get(a.year());
        return evaluate(a, Stage.RESULT, cycle, cycle.ruleHash(), whatIf);
    }

    private Evaluation evaluate(Assessment a, Stage stage, Cycle cycle, String ruleHash) {
        return evaluate(a, stage, cycle, ruleHash, null);
    }

    private Evaluation evaluate(Assessment a, Stage stage, Cycle cycle, String ruleHash, PointsOverride whatIf) {
        List<Leaf> leaves = catalogue.leaves(a.year(), a.unitType());
        List<Object> facts = new ArrayList<>();
        facts.add(new UnitContext(a.unitCode(), a.late(), cycle.latePenalty(), stage != Stage.SELF));
        facts.addAll(inputs(a, stage));
        if (stage == Stage.RESULT) {
            surveys.rates(a.year(), a.unitCode()).forEach((leaf, rate) -> facts.add(new SurveyRate(leaf, rate)));
            surveys.notSurveyed(a.year(), a.unitCode()).forEach(leaf -> facts.add(new NotSurveyed(leaf)));
            overrides(a, stage).stream().filter(o -> whatIf == null || !o.getLeafCode().equals(whatIf.getLeafCode()))
                    .forEach(facts::add);
        }
        if (whatIf != null) {
            facts.add(whatIf);
        }
        return scoring.evaluate(ruleHash, new YearSettings(cycle.classificationScheme(), cycle.tieBreak(),
                cycle.indexRounding()), leaves, facts);
    }

    /** Evaluates and stores the leaf points of the stage. */
    public Evaluation scoreAndStore(Assessment a, Stage stage, String actor, String reason) {
        Evaluation evaluation = evaluate(a, stage);
        scores.replace(a, stage, evaluation.leafScores(), evaluation.ruleHash(), actor, reason, EngineClock.now());
        return evaluation;
    }

    private List<LeafInput> inputs(Assessment a, Stage stage) {
        Map<String, List<Answer>> byLeaf = answers.list(a.id()).stream().collect(Collectors.groupingBy(Answer::leafCode));
        Map<String, Integer> evidence = answers.evidenceCounts(a.id());
        List<Stage> precedence = stage.inputPrecedence();
        List<LeafInput> inputs = new ArrayList<>();
        byLeaf.forEach((leaf, list) -> latest(list, precedence).ifPresent(latest -> inputs.add(new LeafInput(leaf,
                latest.value(), latest.notApplicable(),
                list.stream().anyMatch(x -> (x.stage() == Stage.SELF || x.stage() == Stage.EXPLANATION)
                        && x.note() != null && !x.note().isBlank()),
                evidence.getOrDefault(leaf, 0),
                stage == Stage.APPRAISAL_1 && list.stream().anyMatch(x -> x.stage() == Stage.APPRAISAL_1 && x.needsExplanation()),
                list.stream().anyMatch(x -> precedence.contains(x.stage()) && x.explanationAccepted())))));
        return inputs;
    }

    private static Optional<Answer> latest(List<Answer> answers, List<Stage> precedence) {
        return answers.stream().filter(x -> precedence.contains(x.stage()))
                .filter(x -> x.notApplicable() || x.value() != null)
                .min(Comparator.comparingInt(x -> precedence.indexOf(x.stage())));
    }

    /** Per leaf the strongest override (stages in order of precedence), read in one query. */
    private List<PointsOverride> overrides(Assessment a, Stage stage) {
        List<Stage> precedence = stage.overrides();
        Map<String, ScoreRepository.StoredScore> strongest = new HashMap<>();
        for (ScoreRepository.StoredScore s : scores.ofStages(a.id(), precedence)) {
            strongest.merge(s.leafCode(), s, (x, y) -> precedence.indexOf(x.stage()) <= precedence.indexOf(y.stage()) ? x : y);
        }
        return strongest.values().stream().map(s -> new PointsOverride(s.leafCode(), s.points(), s.stage().name())).toList();
    }
}
