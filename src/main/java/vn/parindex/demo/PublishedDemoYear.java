package vn.parindex.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import vn.parindex.assessment.AnswerInput;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.Assessments;
import vn.parindex.assessment.AssessmentService;
import vn.parindex.assessment.Stage;
import vn.parindex.criteria.CycleCatalogue;
import vn.parindex.criteria.Leaf;
import vn.parindex.cycle.ApprovalService;
import vn.parindex.cycle.CycleOpening;
import vn.parindex.cycle.OpenCycleRequest;
import vn.parindex.cycle.PreliminaryPublication;
import vn.parindex.evidence.EvidenceStore;
import vn.parindex.review.AppraisalService;
import vn.parindex.security.Roles;
import vn.parindex.survey.SurveyEntry;
import vn.parindex.survey.SurveyService;
import vn.parindex.workflow.EngineClock;
import vn.parindex.workflow.YearJobs;
import vn.parindex.year.Years;

/**
 * A past demo year taken through the real processes and rules to its published results, so the results page,
 * the reports and the units' history have something to show. The engine clock is set back to that year's
 * January while it runs (deadlines and the complaint window then pass as they would), and reset afterwards.
 * Entries vary by unit and leaf; every required leaf gets the same small demo PDF (stored once). Each step's jobs
 * are run at once rather than left to the job executor.
 */
@Component
@ConditionalOnProperty(name = "par.demo.enabled", havingValue = "true")
class PublishedDemoYear {

    private static final Logger log = LoggerFactory.getLogger(PublishedDemoYear.class);
    private static final byte[] DEMO_PDF = "%PDF-1.4\n% Tai lieu kiem chung (du lieu mau)\n".getBytes(StandardCharsets.US_ASCII);

    private final CycleOpening opening;
    private final Years cycles;
    private final Assessments assessments;
    private final AssessmentService assessmentService;
    private final CycleCatalogue catalogue;
    private final EvidenceStore evidence;
    private final AppraisalService appraisal;
    private final SurveyService surveys;
    private final PreliminaryPublication preliminary;
    private final ApprovalService approval;
    private final YearJobs jobs;

    PublishedDemoYear(CycleOpening opening, Years cycles, Assessments assessments,
                      AssessmentService assessmentService, CycleCatalogue catalogue, EvidenceStore evidence,
                      AppraisalService appraisal, SurveyService surveys,
                      PreliminaryPublication preliminary, ApprovalService approval, YearJobs jobs) {
        this.opening = opening;
        this.cycles = cycles;
        this.assessments = assessments;
        this.assessmentService = assessmentService;
        this.catalogue = catalogue;
        this.evidence = evidence;
        this.appraisal = appraisal;
        this.surveys = surveys;
        this.preliminary = preliminary;
        this.approval = approval;
        this.jobs = jobs;
    }

    void publish(int year, String classificationScheme) throws IOException {
        LocalDateTime start = LocalDateTime.of(year + 1, 1, 5, 8, 0);
        EngineClock.set(start);
        try {
            opening.open(new OpenCycleRequest(year, start.plusDays(20), null, null, null, null, null, classificationScheme, null,
                            null, null, null),
                    DemoData.actingAs(Roles.STANDING_BODY));
            jobs.runDue(year);
            EvidenceStore.Content pdf = evidence.store(evidence.check("tai-lieu-kiem-chung-mau.pdf", DEMO_PDF.length,
                    () -> new ByteArrayInputStream(DEMO_PDF)));
            List<SurveyEntry> survey = new ArrayList<>();
            for (Assessment a : assessments.findAll(year)) {
                selfAssess(a, pdf, survey);
                assessmentService.submit(year, a.unitCode(), DemoData.unitUser(a.unitCode()));
                DemoData.appraisers().forEach(member -> appraisal.completeRound(year, a.unitCode(), member));
            }
            surveys.importResults(year, survey, DemoData.actingAs(Roles.SURVEY_OFFICE));
            surveys.complete(year, DemoData.actingAs(Roles.SURVEY_OFFICE));
            jobs.runDue(year);
            preliminary.publish(year, DemoData.actingAs(Roles.STANDING_BODY));
            jobs.runDue(year);
            EngineClock.set(start.plus(cycles.get(year).complaintWindow()).plusDays(1));
            jobs.runDue(year);
            approval.decide(year, true, null, DemoData.actingAs(Roles.LEADERSHIP));
            jobs.runDue(year);
            log.info("Demo year {} published ({} units)", year, assessments.findAll(year).size());
        } finally {
            EngineClock.reset();
        }
    }

    /**
     * Entries that vary by leaf, year and the unit's level that year (0 strongest to 3 weakest, so classes and trends spread), a file
     * for every leaf that requires one, and the unit's survey rates.
     */
    private void selfAssess(Assessment a, EvidenceStore.Content pdf, List<SurveyEntry> survey) {
        int level = Math.floorMod((a.unitCode() + a.year()).hashCode(), 4);
        List<AnswerInput> answers = new ArrayList<>();
        for (Leaf leaf : catalogue.leaves(a.year(), a.unitType())) {
            int seed = Math.floorMod((a.unitCode() + leaf.code() + a.year()).hashCode(), 1000);
            if (leaf.survey()) {
                survey.add(new SurveyEntry(a.unitCode(), leaf.code(), BigDecimal.valueOf(98 - seed % 10 - 8L * level)));
                continue;
            }
            answers.add(new AnswerInput(leaf.code(), entry(leaf, seed, level), false,
                    "Số liệu theo báo cáo năm (dữ liệu mẫu)", null));
            if (leaf.evidenceRequired()) {
                evidence.record(a.id(), leaf.code(), Stage.SELF.name(), pdf, DemoData.unitUser(a.unitCode()).id());
            }
        }
        assessmentService.saveAnswers(a.year(), a.unitCode(), answers, DemoData.unitUser(a.unitCode()));
    }

    private static BigDecimal entry(Leaf leaf, int seed, int level) {
        return switch (leaf.method()) {
            case YES_NO -> BigDecimal.valueOf(level == 3 && seed % 9 == 0 ? 0 : 1);
            case RATE -> BigDecimal.valueOf(100 - seed % (1 + 8 * level));
            case RATE_BANDS -> BigDecimal.valueOf(level == 3 ? 100 - seed % 25 : 100);
            case ON_TIME -> BigDecimal.valueOf(level == 3 && seed % 7 == 0 ? 1 : 2);
            case TIERED -> BigDecimal.valueOf(level >= 1 && seed % 4 == 0 ? 2 : 3);
            case COUNT_DEDUCTION, BONUS, PENALTY -> BigDecimal.valueOf(level == 3 && seed % 5 == 0 ? 1 : 0);
            case SURVEY -> leaf.method().fullMarksInput();
        };
    }
}
