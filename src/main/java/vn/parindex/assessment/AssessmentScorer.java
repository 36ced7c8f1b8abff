package vn.parindex.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
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
import vn.parindex.survey.SurveyEntry;
import vn.parindex.survey.SurveyService;
import vn.parindex.workflow.EngineClock;
import vn.parindex.year.Cycle;
import vn.parindex.year.Years;

/** Gathers a unit's facts for a stage, asks the rules, and stores the points of that stage. */
@Component
public class AssessmentScorer {

    private static final int FILES_PER_READ = 500;

    private final CycleCatalogue catalogue;
    private final Years cycles;
    private final AnswerRepository answers;
    private final ScoreRepository scores;
    private final SurveyService surveys;
    private final ScoringService scoring;
    private final InputPrecedence precedence;

    AssessmentScorer(CycleCatalogue catalogue, Years cycles, AnswerRepository answers, ScoreRepository scores,
                     SurveyService surveys, ScoringService scoring, InputPrecedence precedence) {
        this.precedence = precedence;
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
        return evaluate(a, stage, cycle, cycle.ruleHash(), read(List.of(a), stage, cycle.ruleHash()).get(a.id()), null);
    }

    /**
     * The result as it would be had the leaf scored these points (a what-if of one leaf, by the year's rules): the
     * points replace whatever the method, the council or a complaint gave it. Nothing is stored.
     */
    public Evaluation evaluateResultWith(Assessment a, PointsOverride whatIf) {
        Cycle cycle = cycles.get(a.year());
        return evaluate(a, Stage.RESULT, cycle, cycle.ruleHash(), read(List.of(a), Stage.RESULT, cycle.ruleHash()).get(a.id()),
                whatIf);
    }

    /** A file and its evaluation. */
    public record Scored(Assessment file, Evaluation evaluation) {
    }

    /**
     * Evaluates files of one year with a rule set {@value #FILES_PER_READ} files at a time, reading their inputs in
     * four or five queries (one file at a time took as many per file), and hands over each group of evaluations.
     * <p>
     * The rules of a group run in a thread of their own while this one hands over the group before and reads the next:
     * on two cores the rules' work then overlaps the database's. The first group is evaluated here, so the rule set
     * and the catalogue are loaded within the caller's transaction; the rules thread only computes.
     */
    public void evaluateAll(int year, List<Assessment> files, Stage stage, String ruleHash, Consumer<List<Scored>> each) {
        Cycle cycle = cycles.get(year);
        files.stream().map(Assessment::unitType).distinct().forEach(type -> catalogue.leaves(year, type));
        ExecutorService rules = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "rules-" + year);
            thread.setDaemon(true);
            return thread;
        });
        try {
            CompletableFuture<List<Scored>> previous = null;
            for (int from = 0; from < files.size(); from += FILES_PER_READ) {
                List<Assessment> some = files.subList(from, Math.min(files.size(), from + FILES_PER_READ));
                Map<Long, StoredInputs> inputs = read(some, stage, ruleHash);
                Supplier<List<Scored>> group = () -> some.stream()
                        .map(a -> new Scored(a, evaluate(a, stage, cycle, ruleHash, inputs.get(a.id()), null))).toList();
                CompletableFuture<List<Scored>> evaluated = previous == null
                        ? CompletableFuture.completedFuture(group.get()) : CompletableFuture.supplyAsync(group, rules);
                if (previous != null) {
                    each.accept(joined(previous));
                }
                previous = evaluated;
            }
            if (previous != null) {
                each.accept(joined(previous));
            }
        } finally {
            rules.shutdownNow();
        }
    }

    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Every file's stored result points of a year, by assessment id. */
    public Map<Long, List<StoredScore>> storedResults(int year) {
        return scores.resultsOfYear(year);
    }

    /** Evaluates and stores the leaf points of the stage. */
    public Evaluation scoreAndStore(Assessment a, Stage stage, String actor, String reason) {
        Evaluation evaluation = evaluate(a, stage);
        scores.replaceAll(stage, List.of(new Scored(a, evaluation)), actor, reason, EngineClock.now());
        return evaluation;
    }

    /** Evaluates files of one year by its rules and stores their leaf points, a group at a time, handing each group over. */
    public void scoreAndStoreAll(int year, List<Assessment> files, Stage stage, String actor, String reason,
                                 Consumer<List<Scored>> each) {
        evaluateAll(year, files, stage, cycles.get(year).ruleHash(), scored -> {
            scores.replaceAll(stage, scored, actor, reason, EngineClock.now());
            each.accept(scored);
        });
    }

    private Evaluation evaluate(Assessment a, Stage stage, Cycle cycle, String ruleHash, StoredInputs stored,
                                PointsOverride whatIf) {
        List<Leaf> leaves = catalogue.leaves(a.year(), a.unitType());
        List<Object> facts = new ArrayList<>();
        facts.add(new UnitContext(a.unitCode(), a.late(), cycle.latePenalty(), stage != Stage.SELF));
        InputPrecedence.Table table = precedence.of(ruleHash);
        facts.addAll(inputs(stored, stage, table.inputs(stage)));
        if (stage == Stage.RESULT) {
            stored.survey().forEach(s -> facts.add(s.notSurveyed() ? new NotSurveyed(s.leafCode())
                    : new SurveyRate(s.leafCode(), s.rate())));
        }
        overrides(stored.scores(), table.overrides(stage)).stream()
                .filter(o -> whatIf == null || !o.getLeafCode().equals(whatIf.getLeafCode()))
                .forEach(facts::add);
        if (whatIf != null) {
            facts.add(whatIf);
        }
        return scoring.evaluate(ruleHash, new YearSettings(cycle.classificationScheme(), cycle.tieBreak(),
                cycle.indexRounding()), leaves, facts);
    }

    /** What the files' evaluations read: survey outcomes for the result only, stored scores where the table sets points directly. */
    private record StoredInputs(List<Answer> answers, Map<String, Integer> evidence, List<SurveyEntry> survey,
                                List<StoredScore> scores) {
    }

    /** The stored inputs of files of one year, by assessment id. */
    private Map<Long, StoredInputs> read(List<Assessment> files, Stage stage, String ruleHash) {
        List<Long> ids = files.stream().map(Assessment::id).toList();
        Map<Long, List<Answer>> answersOf = answers.listOf(ids);
        Map<Long, Map<String, Integer>> evidenceOf = answers.evidenceCountsOf(ids);
        boolean result = stage == Stage.RESULT;
        Map<String, List<SurveyEntry>> surveyOf = result
                ? surveys.outcomesOf(files.get(0).year(), files.stream().map(Assessment::unitCode).toList()) : Map.of();
        List<Stage> overrides = precedence.of(ruleHash).overrides(stage);
        Map<Long, List<StoredScore>> scoresOf = overrides.isEmpty() ? Map.of() : scores.ofStages(ids, overrides);
        Map<Long, StoredInputs> inputs = new HashMap<>();
        files.forEach(a -> inputs.put(a.id(), new StoredInputs(answersOf.getOrDefault(a.id(), List.of()),
                evidenceOf.getOrDefault(a.id(), Map.of()), surveyOf.getOrDefault(a.unitCode(), List.of()),
                scoresOf.getOrDefault(a.id(), List.of()))));
        return inputs;
    }

    /** Per leaf the input of the latest stage that counts, in the order of precedence. */
    private static List<LeafInput> inputs(StoredInputs stored, Stage stage, List<Stage> precedence) {
        Map<String, List<Answer>> byLeaf = stored.answers().stream().collect(Collectors.groupingBy(Answer::leafCode));
        Map<String, Integer> evidence = stored.evidence();
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

    /** Per leaf the strongest override (stages in order of precedence). */
    private static List<PointsOverride> overrides(List<StoredScore> stored, List<Stage> precedence) {
        Map<String, StoredScore> strongest = new HashMap<>();
        for (StoredScore s : stored) {
            strongest.merge(s.leafCode(), s, (x, y) -> precedence.indexOf(x.stage()) <= precedence.indexOf(y.stage()) ? x : y);
        }
        return strongest.values().stream().map(s -> new PointsOverride(s.leafCode(), s.points(), s.stage().name())).toList();
    }
}
