package vn.parindex.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.stereotype.Component;
import vn.parindex.workflow.ProcessKeys;
import vn.parindex.workflow.TaskKeys;
import vn.parindex.assessment.AnswerInput;
import vn.parindex.assessment.Assessments;
import vn.parindex.assessment.AssessmentService;
import vn.parindex.complaint.Complaint;
import vn.parindex.complaint.ComplaintService;
import vn.parindex.criteria.CycleCatalogue;
import vn.parindex.criteria.Leaf;
import vn.parindex.criteria.ScoringMethod;
import vn.parindex.cycle.ApprovalService;
import vn.parindex.cycle.CycleOpening;
import vn.parindex.cycle.OpenCycleRequest;
import vn.parindex.cycle.PreliminaryPublication;
import vn.parindex.org.UnitRegistry;
import vn.parindex.org.Units;
import vn.parindex.review.AppraisalService;
import vn.parindex.review.AppraiserAreas;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Roles;
import vn.parindex.survey.SurveyEntry;
import vn.parindex.survey.SurveyService;
import vn.parindex.workflow.EngineClock;
import vn.parindex.workflow.YearJobs;

/** Drives the annual cycle through the same services the API uses, as the real actors. */
@Component
public class Scenario {

    /** An appraiser of every area, who closes a round alone. */
    public static final String APPRAISER = "td-test";
    public static final Set<String> ALL_AREAS = Set.of("1", "2", "3", "4", "5", "6", "7", "8", "9");
    /** Units of the fixture: three departments, two districts, one commune. */
    public static final List<String> DEPARTMENTS = List.of("TD1", "TD2", "TD3");
    public static final List<String> DISTRICTS = List.of("TH1", "TH2");
    public static final String COMMUNE = "TX1";
    /** Each test opens years of its own, from the first the app accepts (2012–2199); ApiIT keeps 2096–2099 unopened. */
    private static final AtomicInteger YEARS = new AtomicInteger(2012);

    private final UnitRegistry registry;
    private final Units units;
    private final AppraiserAreas areas;
    private final CycleOpening opening;
    private final CycleCatalogue catalogue;
    private final AssessmentService assessments;
    private final Assessments assessmentFiles;
    private final AppraisalService appraisal;
    private final TaskService tasks;
    private final IdentityService identity;
    private final SurveyService surveys;
    private final ApprovalService approval;
    private final PreliminaryPublication preliminary;
    private final ComplaintService complaints;
    private final YearJobs yearJobs;

    Scenario(UnitRegistry registry, Units units, AppraiserAreas areas, CycleOpening opening,
             CycleCatalogue catalogue, AssessmentService assessments, Assessments assessmentFiles,
             AppraisalService appraisal, TaskService tasks,
             IdentityService identity, SurveyService surveys, ApprovalService approval,
             PreliminaryPublication preliminary, ComplaintService complaints, YearJobs yearJobs) {
        this.registry = registry;
        this.units = units;
        this.areas = areas;
        this.opening = opening;
        this.catalogue = catalogue;
        this.assessments = assessments;
        this.assessmentFiles = assessmentFiles;
        this.appraisal = appraisal;
        this.tasks = tasks;
        this.identity = identity;
        this.surveys = surveys;
        this.approval = approval;
        this.preliminary = preliminary;
        this.complaints = complaints;
        this.yearJobs = yearJobs;
    }

    public static CurrentUser unit(String code) {
        return new CurrentUser(code.toLowerCase(), Set.of(Roles.unitGroup(code)));
    }

    public static CurrentUser role(String group) {
        return new CurrentUser(group.equals(Roles.APPRAISAL_TEAM) ? APPRAISER : "u-" + group, Set.of(group));
    }

    public synchronized void ensureFixture() {
        if (units.exists("TD1")) {
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        DEPARTMENTS.forEach(c -> rows.add(unitRow(c, "Sở thử nghiệm " + c, "DEPARTMENT", "Khối sở thử nghiệm", "")));
        DISTRICTS.forEach(c -> rows.add(unitRow(c, "Huyện thử nghiệm " + c, "DISTRICT", "Khối huyện thử nghiệm", "")));
        rows.add(unitRow(COMMUNE, "Xã thử nghiệm", "COMMUNE", "Khối xã thử nghiệm", "TH1"));
        registerUnits(rows);
        areas.assign(APPRAISER, ALL_AREAS);
    }

    /** N synthetic communes of one block, for benchmarks: codes prefix_1..prefix_N. */
    public List<String> registerCommunes(String prefix, int n, String block) {
        List<List<String>> rows = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            codes.add(prefix + "_" + i);
            rows.add(unitRow(codes.get(i - 1), "UBND xã thử tải " + i, "COMMUNE", block, ""));
        }
        registerUnits(rows);
        return codes;
    }

    /** As {@link #registerCommunes}, each with the electronic identifier {@code 000.<i>.<prefix>.H99}; its codes. */
    public List<String> registerCommunesWithIdentifiers(String prefix, int n, String block) {
        List<List<String>> rows = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            codes.add(prefix + "_" + i);
            List<String> row = new ArrayList<>(unitRow(codes.get(i - 1), "UBND xã thử tải " + i, "COMMUNE", block, ""));
            row.add(electronicId(prefix, i));
            rows.add(row);
        }
        registerUnits(rows);
        return codes;
    }

    /** The electronic identifier {@link #registerCommunesWithIdentifiers} gives its {@code i}-th commune. */
    public static String electronicId(String prefix, int i) {
        return "000." + i + "." + prefix + ".H99";
    }

    /** One commune of its own block, for a test that must not see other tests' units. */
    public void registerCommune(String code, String name, String block) {
        registerUnits(List.of(unitRow(code, name, "COMMUNE", block, "")));
    }

    /**
     * Registry rows (the registry sheet's columns, without its header) loaded as the standing body would; rows of nine
     * cells give the electronic identifier, rows of eight are a file without that column (identifiers left alone).
     */
    public void registerUnits(List<List<String>> rows) {
        List<List<String>> sheet = new ArrayList<>();
        sheet.add(rows.stream().anyMatch(r -> r.size() > UnitRegistry.HEADERS.size()) ? UnitRegistry.COLUMNS
                : UnitRegistry.HEADERS);
        sheet.addAll(rows);
        registry.load(sheet, "test");
    }

    private static List<String> unitRow(String code, String name, String type, String block, String parent) {
        return List.of(code, name, type, block, parent, "2012-01-01", "", "");
    }

    /** A Camunda user (password "pw") in the group, as created by an administrator. */
    /** A member of the appraisal team who appraises the given areas. */
    public void ensureAppraiser(String id, Set<String> own) {
        ensureUser(id, Roles.APPRAISAL_TEAM);
        areas.assign(id, own);
    }

    public void ensureUser(String id, String group) {
        ensureFixture();
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setPassword("pw");
            identity.saveUser(user);
            identity.createMembership(id, group);
        }
    }

    /** Opens a fresh year (each test its own) for the units, due in ten days, classified by HD2022. */
    public int openYear(List<String> unitCodes) {
        return openYear(unitCodes, "HD2022", "SHARE");
    }

    public int openYear(List<String> unitCodes, String classificationScheme, String tieBreak) {
        int year = open(unitCodes, Duration.ofDays(10), Duration.ofDays(3), classificationScheme, tieBreak);
        runJobs(year);
        return year;
    }

    /** Opens a fresh year due soon, and leaves its jobs to the job executor of the nodes of a cluster. */
    public int openYearDueIn(List<String> unitCodes, Duration due, Duration reminderBefore) {
        return open(unitCodes, due, reminderBefore, "HD2022", "SHARE");
    }

    /** A self-assessment due date for a year opened through the API (ten days from now), as JSON writes it. */
    public static String dueSoon() {
        return EngineClock.now().plusDays(10).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    /** A year no test has opened, for a test that opens it through the API. */
    public int unusedYear() {
        ensureFixture();
        return YEARS.getAndUpdate(year -> year == 2095 ? 2100 : year + 1);
    }

    private int open(List<String> unitCodes, Duration due, Duration reminderBefore, String scheme, String tieBreak) {
        int year = unusedYear();
        opening.open(new OpenCycleRequest(year, EngineClock.now().plus(due), unitCodes, reminderBefore,
                Duration.ofDays(5), Duration.ofDays(5), new BigDecimal("2.00"), scheme, tieBreak, null, null, null),
                role(Roles.STANDING_BODY));
        return year;
    }

    public List<Leaf> leaves(int year, String unitCode) {
        return catalogue.leaves(year, assessmentFiles.get(year, unitCode).unitType());
    }

    /** Full marks on every leaf a unit answers: one list for all the synthetic units of a benchmark's year. */
    public static List<AnswerInput> fullMarks(List<Leaf> leaves) {
        return leaves.stream().filter(l -> l.method() != ScoringMethod.SURVEY)
                .map(l -> new AnswerInput(l.code(), l.method().fullMarksInput(), false, "Số liệu theo báo cáo năm", null))
                .toList();
    }

    /** The same rate for every unit on every survey leaf. */
    public static List<SurveyEntry> surveyRates(List<Leaf> leaves, List<String> unitCodes, int rate) {
        List<SurveyEntry> entries = new ArrayList<>();
        unitCodes.forEach(c -> leaves.stream().filter(l -> l.method() == ScoringMethod.SURVEY)
                .forEach(l -> entries.add(new SurveyEntry(c, l.code(), BigDecimal.valueOf(rate)))));
        return entries;
    }

    /** Answers every self-scored leaf: done / at target, unless the map says otherwise; uploads evidence where required. */
    public void fillAll(int year, String unitCode, Map<String, BigDecimal> values) {
        fillAll(year, unitCode, values, Set.of());
    }

    /** The same, with some leaves marked not applicable. */
    public void fillAll(int year, String unitCode, Map<String, BigDecimal> values, Set<String> notApplicable) {
        List<AnswerInput> answers = new ArrayList<>();
        for (Leaf leaf : leaves(year, unitCode)) {
            if (leaf.method() == ScoringMethod.SURVEY) {
                continue;
            }
            if (notApplicable.contains(leaf.code())) {
                answers.add(new AnswerInput(leaf.code(), null, true, null, null));
                continue;
            }
            answers.add(new AnswerInput(leaf.code(), values.getOrDefault(leaf.code(), leaf.method().fullMarksInput()), false, null, null));
            if (leaf.evidenceRequired()) {
                upload(year, unitCode, leaf.code());
            }
        }
        assessments.saveAnswers(year, unitCode, answers, unit(unitCode));
    }

    public void upload(int year, String unitCode, String leafCode) {
        try {
            assessments.upload(year, unitCode, leafCode, new MockMultipartFile("file", "bao-cao-" + leafCode + ".pdf",
                    "application/pdf", ("%PDF-1.4 kiem chung " + unitCode + leafCode).getBytes()), unit(unitCode));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void submit(int year, String unitCode) {
        assessments.submit(year, unitCode, unit(unitCode));
        runJobs(year);
    }

    /**
     * Completes the unit's self-assessment task in the engine, as the Tasklist's own completion or {@code /engine-rest}
     * would, past the API's completeness check: the process's completeness gateway decides.
     */
    public void submitThroughEngine(int year, String unitCode) {
        tasks.complete(task(ProcessKeys.unitKey(year, unitCode), TaskKeys.SELF_ASSESSMENT).getId());
        runJobs(year);
    }

    public void appraise(int year, String unitCode, List<AnswerInput> entries) {
        if (!entries.isEmpty()) {
            appraisal.save(year, unitCode, entries, role(Roles.APPRAISAL_TEAM));
        }
        appraisal.completeRound(year, unitCode, role(Roles.APPRAISAL_TEAM));
        runJobs(year);
    }

    /** Fills and submits a unit's file, so that it waits for appraisal round 1. */
    public void throughAppraisalStart(int year, String unitCode) {
        fillAll(year, unitCode, Map.of());
        submit(year, unitCode);
    }

    /** Fills, submits and appraises a unit with no remarks, so that it ends appraised. */
    public void throughAppraisal(int year, String unitCode, Map<String, BigDecimal> values) {
        fillAll(year, unitCode, values);
        submit(year, unitCode);
        appraise(year, unitCode, List.of());
    }

    /** The standing body publishes the preliminary results (computed once the survey and every appraisal are in). */
    public void publishPreliminary(int year) {
        preliminary.publish(year, role(Roles.STANDING_BODY));
        runJobs(year);
    }

    /** The survey (see {@link #importSurvey}) and the publication of the preliminary results: the complaint window opens. */
    public void throughPreliminary(int year, Map<String, Integer> surveyRates) {
        importSurvey(year, surveyRates);
        publishPreliminary(year);
    }

    /** Imports the same rate for every survey leaf (8.1-8.3) of each unit and completes the survey task. */
    public void importSurvey(int year, Map<String, Integer> rates) {
        List<SurveyEntry> entries = new ArrayList<>();
        rates.forEach((unit, rate) -> List.of("8.1", "8.2", "8.3")
                .forEach(leaf -> entries.add(new SurveyEntry(unit, leaf, BigDecimal.valueOf(rate)))));
        surveys.importResults(year, entries, role(Roles.SURVEY_OFFICE));
        surveys.complete(year, role(Roles.SURVEY_OFFICE));
        runJobs(year);
    }

    /** A fresh year whose units go through appraisal, the survey (one rate each), the complaint window and approval. */
    public int publishedYear(Map<String, Integer> surveyRates) {
        int year = openYear(List.copyOf(surveyRates.keySet()));
        surveyRates.keySet().forEach(unit -> throughAppraisal(year, unit, Map.of()));
        throughPreliminary(year, surveyRates);
        advance(year, Duration.ofDays(6));
        approve(year);
        return year;
    }

    /**
     * Departments (by hand from the sample catalogue, see AppraisalCycleIT) through the preliminary results: TD1 94.00
     * second, TD2 95.50 first, TD3 87.40 (Nhóm 2); TD1's complaint on survey leaf 8.1 accepted (12.00 → 15.00) lifts it
     * to 97.00, first, and pushes TD2 to second; the complaint window closed, the final results await approval.
     */
    public int yearWithAcceptedComplaint() throws IOException {
        int year = openYear(DEPARTMENTS);
        throughAppraisal(year, "TD1", Map.of());
        throughAppraisal(year, "TD2", Map.of("1.2", BigDecimal.valueOf(50), "7.1", BigDecimal.valueOf(40)));
        throughAppraisal(year, "TD3", Map.of("3.2", BigDecimal.valueOf(90)));
        throughPreliminary(year, Map.of("TD1", 80, "TD2", 100, "TD3", 60));
        Complaint complaint = complaints.file(year, "TD1", "8.1", "Kết quả khảo sát bị nhập thiếu phiếu", List.of(), unit("TD1"));
        complaints.decide(complaint.id(), true, "15,00", "Bổ sung 12 phiếu khảo sát hợp lệ", role(Roles.COMPLAINT_REVIEWERS));
        runJobs(year);
        advance(year, Duration.ofDays(6));
        return year;
    }

    /** Leadership approves the final results, which are published and the year locked. */
    public void approve(int year) {
        approval.decide(year, true, null, role(Roles.LEADERSHIP));
        runJobs(year);
    }

    public Task task(String businessKey, String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).singleResult();
    }

    /** Moves the engine clock and runs the year's jobs then due, as the job executor would. */
    public void advance(int year, Duration duration) {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + duration.toMillis()));
        runJobs(year);
    }

    /** Runs the year's due jobs (save points and timers of its processes), as the job executor would. */
    public void runJobs(int year) {
        yearJobs.runDue(year);
    }
}
