package vn.parindex.assessment;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import vn.parindex.criteria.CycleCatalogue;
import vn.parindex.evidence.EvidenceStore;
import vn.parindex.evidence.EvidenceUploaded;
import vn.parindex.workflow.EngineClock;

/**
 * Figures from a public-service source offered as units' self-assessment entries. An offer fills the entry only while
 * the unit self-assesses and has not entered other figures itself; it never submits. Once the unit has confirmed or
 * corrected a leaf, a later import that differs is flagged beside it, never written over it. The imported file is
 * attached to every leaf it fills or flags, as its evidence.
 */
@Service
public class Prefills {

    /** What one import did: leaves offered (filled, or offered beside the unit's own entry), unchanged, flagged. */
    public record Outcome(int offered, int unchanged, int flagged) {
    }

    private final AssessmentRepository assessments;
    private final AnswerRepository answers;
    private final PrefillRepository prefills;
    private final CycleCatalogue catalogue;
    private final EvidenceStore evidence;
    private final ApplicationEventPublisher events;

    Prefills(AssessmentRepository assessments, AnswerRepository answers, PrefillRepository prefills,
             CycleCatalogue catalogue, EvidenceStore evidence, ApplicationEventPublisher events) {
        this.assessments = assessments;
        this.answers = answers;
        this.prefills = prefills;
        this.catalogue = catalogue;
        this.evidence = evidence;
        this.events = events;
    }

    /**
     * Applies the figures (each of a unit assessed this year and a leaf of its catalogue, checked by the caller) within
     * the caller's transaction; the same figures again change nothing.
     */
    public Outcome apply(int year, List<PrefilledFigure> figures, EvidenceStore.Content file, String actor) {
        Map<String, Assessment> byUnit = assessments.findAll(year).stream()
                .collect(Collectors.toMap(Assessment::unitCode, Function.identity()));
        Map<Long, Map<String, StoredPrefill>> stored = prefills.ofYear(year);
        List<PrefillRepository.Offer> offers = new ArrayList<>();
        List<PrefillRepository.Offer> flags = new ArrayList<>();
        List<PrefillRepository.Offer> backToDecided = new ArrayList<>();
        for (PrefilledFigure f : figures) {
            Assessment a = byUnit.get(f.unitCode());
            StoredPrefill p = stored.getOrDefault(a.id(), Map.of()).get(f.leafCode());
            if (p != null && p.offers(f)) {
                continue;
            }
            PrefillRepository.Offer offer = new PrefillRepository.Offer(a.id(), f);
            if (p == null || p.state() == PrefillState.PENDING) {
                offers.add(offer);
            } else {
                (f.sameFigures(p.numerator(), p.denominator()) ? backToDecided : flags).add(offer);
            }
        }
        LocalDateTime now = EngineClock.now();
        Map<Long, Assessment> byId = byUnit.values().stream().collect(Collectors.toMap(Assessment::id, Function.identity()));
        fillEntries(offers, byId, stored, actor, now);
        prefills.offer(offers, now);
        prefills.flag(flags);
        prefills.unflag(backToDecided);   // the source is back to what the unit decided on: nothing left to review
        attach(offers, flags, byId, file, actor);
        events.publishEvent(new PrefillsFlagged(actor, year, flags.stream().map(o -> new PrefillsFlagged.Flag(
                o.figure().unitCode(), o.figure().leafCode(),
                PrefilledFigure.fraction(o.figure().numerator(), o.figure().denominator()), o.figure().source())).toList()));
        return new Outcome(offers.size(), figures.size() - offers.size() - flags.size(), flags.size());
    }

    /**
     * Writes an offer into the unit's entry while it self-assesses, unless the unit entered other figures: an empty
     * entry, or one still holding the previous offer, takes it. Every file's entries are written at once.
     */
    private void fillEntries(List<PrefillRepository.Offer> offers, Map<Long, Assessment> byId,
                             Map<Long, Map<String, StoredPrefill>> stored, String actor, LocalDateTime now) {
        Map<Long, List<PrefilledFigure>> byAssessment = new LinkedHashMap<>();
        offers.stream().filter(o -> byId.get(o.assessmentId()).status() == AssessmentStatus.DRAFT)
                .forEach(o -> byAssessment.computeIfAbsent(o.assessmentId(), k -> new ArrayList<>()).add(o.figure()));
        if (byAssessment.isEmpty()) {
            return;
        }
        Map<Long, List<Answer>> existing = answers.listOf(byAssessment.keySet());
        List<AnswerRepository.Entry> entries = new ArrayList<>();
        List<AnswersPrefilled.Filled> filledAnswers = new ArrayList<>();
        byAssessment.forEach((id, figures) -> {
            Assessment a = byId.get(id);
            Map<String, Answer> self = existing.getOrDefault(id, List.of()).stream().filter(x -> x.stage() == Stage.SELF)
                    .collect(Collectors.toMap(Answer::leafCode, Function.identity()));
            List<AnswerInput> filled = figures.stream().filter(f -> {
                Answer entered = self.get(f.leafCode());
                StoredPrefill previous = stored.getOrDefault(id, Map.of()).get(f.leafCode());
                return entered == null || previous != null && previous.matches(entered);
            }).map(f -> entry(f, self.get(f.leafCode()))).toList();
            for (AnswerInput in : checked(a, filled)) {
                entries.add(new AnswerRepository.Entry(id, in));
                filledAnswers.add(new AnswersPrefilled.Filled(a.year(), a.unitCode(), in.leafCode(),
                        self.containsKey(in.leafCode()) ? self.get(in.leafCode()).describe() : null,
                        PrefilledFigure.fraction(in.numerator(), in.denominator())));
            }
        });
        answers.upsertAll(Stage.SELF, entries, actor, now);
        events.publishEvent(new AnswersPrefilled(actor, filledAnswers));
    }

    /** The entries as stored: checked against the unit's catalogue (any problem refuses the import), rates computed. */
    private List<AnswerInput> checked(Assessment a, List<AnswerInput> entries) {
        if (entries.isEmpty()) {
            return entries;
        }
        AnswerValidator.check(entries, catalogue.leaves(a.year(), a.unitType()), false).reportRejected();
        return entries.stream().map(AnswerInput::withRateFromFraction).toList();
    }

    /** The figures as an entry, keeping the unit's note. */
    static AnswerInput entry(PrefilledFigure f, Answer entered) {
        return new AnswerInput(f.leafCode(), null, false, entered == null ? null : entered.note(), null, null,
                f.numerator(), f.denominator());
    }

    /** The imported file as evidence of each leaf it fills or flags, once per leaf. */
    private void attach(List<PrefillRepository.Offer> offers, List<PrefillRepository.Offer> flags, Map<Long, Assessment> byId,
                        EvidenceStore.Content file, String actor) {
        List<EvidenceStore.Attachment> places = Stream.concat(offers.stream(), flags.stream())
                .map(o -> new EvidenceStore.Attachment(o.assessmentId(), o.figure().leafCode(), Stage.SELF.name())).toList();
        events.publishEvent(new EvidenceUploaded(actor, file.fileName(), file.sha256(), evidence.attachAll(places, file, actor)
                .stream().map(p -> new EvidenceUploaded.Place(byId.get(p.assessmentId()).year(),
                        byId.get(p.assessmentId()).unitCode(), p.leafCode())).toList()));
    }
}
