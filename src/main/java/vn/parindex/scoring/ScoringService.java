package vn.parindex.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.parindex.criteria.Leaf;
import vn.parindex.scoring.facts.ApprovalCase;
import vn.parindex.scoring.facts.ComplaintCase;
import vn.parindex.scoring.facts.Finding;
import vn.parindex.scoring.facts.LeafFact;
import vn.parindex.scoring.facts.Rank;
import vn.parindex.scoring.facts.RankCandidate;

/** Asks the rule base; never decides anything itself. */
@Service
public class ScoringService {

    private final RuleBase rules;

    ScoringService(RuleBase rules) {
        this.rules = rules;
    }

    public String ruleHash() {
        return rules.hash();
    }

    /** Scores one unit: leaves, inputs and the other facts (unit context, survey rates, overrides). */
    public Evaluation evaluate(List<Leaf> leaves, Collection<?> facts) {
        List<Object> all = new ArrayList<>(facts);
        leaves.forEach(l -> all.add(new LeafFact(l)));
        return Evaluation.from(rules.evaluate(all), rules.hash());
    }

    /** Rank by unit code; ranks are computed within each candidate's block. */
    public Map<String, Integer> rank(Collection<RankCandidate> candidates) {
        return Evaluation.ofType(rules.evaluate(candidates), Rank.class).stream()
                .collect(Collectors.toMap(Rank::getUnitCode, Rank::getRank));
    }

    /** Why a complaint cannot be handled; empty if it is eligible. */
    public List<String> complaintIneligibility(ComplaintCase complaint) {
        return messages(List.of(complaint), Finding.INELIGIBLE);
    }

    /** What still keeps the year from going to leadership for approval; empty if ready. */
    public List<String> approvalBlockers(ApprovalCase approval) {
        return messages(List.of(approval), Finding.NOT_READY);
    }

    private List<String> messages(Collection<?> facts, String kind) {
        return Evaluation.ofType(rules.evaluate(facts), Finding.class).stream()
                .filter(f -> f.getKind().equals(kind)).map(Finding::getMessage).sorted().toList();
    }
}
