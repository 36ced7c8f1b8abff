package vn.parindex.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.parindex.criteria.Leaf;
import vn.parindex.rules.RuleFiles;
import vn.parindex.scoring.facts.ApprovalCase;
import vn.parindex.scoring.facts.Band;
import vn.parindex.scoring.facts.Classification;
import vn.parindex.scoring.facts.ComplaintCase;
import vn.parindex.scoring.facts.Finding;
import vn.parindex.scoring.facts.LeafFact;
import vn.parindex.scoring.facts.Rank;
import vn.parindex.scoring.facts.RankCandidate;
import vn.parindex.scoring.facts.UnitTotal;
import vn.parindex.scoring.facts.YearSettings;

/**
 * Asks the rule base; never decides anything itself. Every question names the rule set (by hash) of the year it
 * concerns, so a year is always judged by the rules it was opened with.
 */
@Service
public class ScoringService {

    private final RuleBase rules;

    ScoringService(RuleBase rules) {
        this.rules = rules;
    }

    /** Hash of the rules in force, the ones a year opened now will use. */
    public String currentRuleHash() {
        return rules.hash();
    }

    /** Hash of another version's rules (a draft), ready to score a what-if. */
    public String ruleHash(RuleFiles version) {
        return rules.hash(version);
    }

    /** Compiles the archived rule set with that hash if it is not yet; throws what the compiler said if it fails. */
    public void requireCompiles(String ruleHash) {
        rules.load(ruleHash);
    }

    /** Archives the version in force for a year being opened or re-scored and returns the hash the year keeps. */
    public String adoptRules(RuleFiles inForce) {
        return rules.archive(inForce);
    }

    /** Scores one unit: the year's settings, leaves, inputs and the other facts (context, survey rates, overrides). */
    public Evaluation evaluate(String ruleHash, YearSettings settings, List<Leaf> leaves, Collection<?> facts) {
        List<Object> all = new ArrayList<>(facts);
        all.add(settings);
        leaves.forEach(l -> all.add(new LeafFact(l)));
        return Evaluation.from(rules.evaluate(ruleHash, all), ruleHash);
    }

    /** Rank by unit code, computed within each candidate's block with the year's tie-break. */
    public Map<String, Rank> rank(String ruleHash, YearSettings settings, Collection<RankCandidate> candidates) {
        List<Object> facts = new ArrayList<>(candidates);
        facts.add(settings);
        return Evaluation.ofType(rules.evaluate(ruleHash, facts), Rank.class).stream()
                .collect(Collectors.toMap(Rank::getUnitCode, r -> r));
    }

    /** Problems, in Vietnamese, if the rule set has no classification scheme or tie-break of these names. */
    public List<String> unknownSettings(String ruleHash, String classificationScheme, String tieBreak) {
        YearSettings settings = new YearSettings(classificationScheme, tieBreak);
        List<String> problems = new ArrayList<>();
        List<Object> probe = rules.evaluate(ruleHash, List.of(settings,
                new UnitTotal(BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.TEN,
                        BigDecimal.valueOf(100), BigDecimal.TEN)));
        if (Evaluation.ofType(probe, Classification.class).isEmpty()) {
            problems.add("Bộ luật không có cách xếp loại \"" + classificationScheme + "\".");
        }
        if (rank(ruleHash, settings, List.of(new RankCandidate("?", "?", BigDecimal.TEN, BigDecimal.TEN, "?"))).isEmpty()) {
            problems.add("Bộ luật không có cách xếp hạng khi bằng điểm \"" + tieBreak + "\".");
        }
        return problems;
    }

    /** The bands of a scheme in the rule set with that hash, in order; empty if it has no such scheme. */
    public List<Band> bands(String ruleHash, String scheme) {
        return rules.bands(ruleHash).stream().filter(b -> b.getScheme().equals(scheme))
                .sorted(Comparator.comparingInt(Band::getOrder)).toList();
    }

    /** Every scheme of the rules in force, by code, with its bands in order. */
    public Map<String, List<Band>> currentSchemes() {
        return bySchemes(rules.bands());
    }

    /** Every scheme of another version (a draft), by code, with its bands in order. */
    public Map<String, List<Band>> schemes(RuleFiles version) {
        return bySchemes(rules.bands(rules.hash(version)));
    }

    private static Map<String, List<Band>> bySchemes(List<Band> bands) {
        return bands.stream().sorted(Comparator.comparingInt(Band::getOrder))
                .collect(Collectors.groupingBy(Band::getScheme, TreeMap::new, Collectors.toList()));
    }

    /** Why a complaint cannot be handled; empty if it is eligible. */
    public List<String> complaintIneligibility(String ruleHash, ComplaintCase complaint) {
        return messages(ruleHash, List.of(complaint), Finding.INELIGIBLE);
    }

    /** What still keeps the year from going to leadership for approval; empty if ready. */
    public List<String> approvalBlockers(String ruleHash, ApprovalCase approval) {
        return messages(ruleHash, List.of(approval), Finding.NOT_READY);
    }

    private List<String> messages(String ruleHash, Collection<?> facts, String kind) {
        return Evaluation.ofType(rules.evaluate(ruleHash, facts), Finding.class).stream()
                .filter(f -> f.getKind().equals(kind)).map(Finding::getMessage).sorted().toList();
    }
}
