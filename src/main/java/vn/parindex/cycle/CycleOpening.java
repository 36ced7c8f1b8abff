package vn.parindex.cycle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.AppProperties;
import vn.parindex.assessment.Assessments;
import vn.parindex.criteria.Catalogue;
import vn.parindex.criteria.CycleCatalogue;
import vn.parindex.criteria.Leaf;
import vn.parindex.indicator.YearSources;
import vn.parindex.org.Unit;
import vn.parindex.org.Units;
import vn.parindex.org.UnitType;
import vn.parindex.rules.RuleSet;
import vn.parindex.rules.RuleSets;
import vn.parindex.scoring.ScoringService;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Roles;
import vn.parindex.web.UserFacingException;
import vn.parindex.web.ValidationException;
import vn.parindex.workflow.EngineClock;
import vn.parindex.workflow.ProcessKeys;
import vn.parindex.workflow.Vars;
import vn.parindex.year.Cycle;
import vn.parindex.year.CycleBounds;
import vn.parindex.year.CyclePhase;
import vn.parindex.year.Years;

/** The standing body opens a year: settings, catalogue snapshot, one file per unit, then the year's process. */
@Service
public class CycleOpening {

    private static final Logger log = LoggerFactory.getLogger(CycleOpening.class);
    private final Years cycles;
    private final Units units;
    private final Catalogue catalogue;
    private final CycleCatalogue cycleCatalogue;
    private final YearSources yearSources;
    private final Assessments assessments;
    private final ScoringService scoring;
    private final RuleSets ruleSets;
    private final RuntimeService runtime;
    private final ApplicationEventPublisher events;
    private final AppProperties.CycleDefaults defaults;

    CycleOpening(Years cycles, Units units, Catalogue catalogue, CycleCatalogue cycleCatalogue,
                 YearSources yearSources, Assessments assessments, ScoringService scoring, RuleSets ruleSets,
                 RuntimeService runtime, ApplicationEventPublisher events, AppProperties properties) {
        this.cycles = cycles;
        this.units = units;
        this.catalogue = catalogue;
        this.cycleCatalogue = cycleCatalogue;
        this.yearSources = yearSources;
        this.assessments = assessments;
        this.scoring = scoring;
        this.ruleSets = ruleSets;
        this.runtime = runtime;
        this.events = events;
        this.defaults = properties.cycle();
    }

    @Transactional
    public Cycle open(OpenCycleRequest request, CurrentUser user) {
        user.requireGroup(Roles.STANDING_BODY);
        int year = CycleBounds.validYear(request.year());
        if (cycles.find(year).isPresent()) {
            throw UserFacingException.conflict("Năm đánh giá " + year + " đã được mở.");
        }
        LocalDateTime due = CycleBounds.selfAssessmentDue(year, request.selfAssessmentDue());
        Duration reminderBefore = period(request.reminderBefore(), defaults.reminderBefore(),
                "thời gian nhắc việc (reminderBefore)");
        CycleBounds.reminderAhead(due, reminderBefore);
        LocalDate referenceDate = referenceDate(year, request.referenceDate());
        // first: it brings this node up to the adopted version, so that the catalogue and the source mapping read
        // below are of the version the year records and archives, not of one another node has since replaced
        RuleSet inForce = ruleSets.latest();
        Catalogue.Snapshot snapshot = catalogue.current();
        List<Unit> inScope = unitsInScope(referenceDate, request.unitCodes(), snapshot.leaves());
        Set<String> unranked = unranked(request.unrankedUnitCodes(), inScope);
        Cycle cycle = new Cycle(year, snapshot.version(), scoring.adoptRules(inForce), inForce.id(), due,
                reminderBefore,
                period(request.explanationPeriod(), defaults.explanationPeriod(), "thời hạn giải trình (explanationPeriod)"),
                period(request.complaintWindow(), defaults.complaintWindow(), "thời hạn kiến nghị (complaintWindow)"),
                penalty(request.latePenalty()), CyclePhase.OPEN, null, user.id(), EngineClock.now(),
                orDefault(request.classificationScheme(), defaults.classificationScheme()),
                orDefault(request.tieBreak(), defaults.tieBreak()),
                rounding(orDefault(request.indexRounding(), defaults.indexRounding())), referenceDate);
        List<String> unknown = scoring.unknownSettings(cycle.ruleHash(), cycle.classificationScheme(), cycle.tieBreak());
        if (!unknown.isEmpty()) {
            throw new ValidationException("Không thể mở năm đánh giá.", unknown);
        }
        cycles.open(cycle);
        Set<UnitType> types = inScope.stream().map(Unit::type).collect(Collectors.toSet());
        Map<UnitType, List<Leaf>> leaves = new HashMap<>();
        types.forEach(t -> leaves.put(t, snapshot.leaves().get(t)));
        cycleCatalogue.store(year, leaves);
        yearSources.store(year, leaves.keySet());
        assessments.openDrafts(year, inScope, unranked);
        events.publishEvent(new CycleOpened(user.id(), year, inScope.size(), List.copyOf(unranked), snapshot.version()));
        runtime.startProcessInstanceByKey(ProcessKeys.APPRAISAL_CYCLE, ProcessKeys.cycleKey(year), Map.of(Vars.YEAR, year));
        log.info("{} opened year {} for {} units", user.id(), year, inScope.size());
        return cycles.get(year);
    }

    /** The reference date given, which must be a day of the year, or 31 December. */
    private static LocalDate referenceDate(int year, LocalDate given) {
        if (given == null) {
            return LocalDate.of(year, 12, 31);
        }
        if (given.getYear() != year) {
            throw UserFacingException.badRequest("Ngày chốt danh sách đơn vị phải là một ngày của năm " + year + ".");
        }
        return given;
    }

    /**
     * The units valid on the reference date (or those listed, each of which must be), never a unit beside one it was
     * merged into: a registry whose dates let both overlap is refused, naming both.
     */
    private List<Unit> unitsInScope(LocalDate referenceDate, List<String> codes, Map<UnitType, List<Leaf>> catalogues) {
        Map<String, Unit> all = units.byCode();
        List<Unit> scope = codes == null || codes.isEmpty()
                ? all.values().stream().filter(u -> u.validOn(referenceDate)).toList()
                : codes.stream().distinct().map(c -> all.get(c)).toList();
        List<String> problems = new ArrayList<>();
        if (codes != null) {
            codes.stream().filter(c -> !all.containsKey(c)).forEach(c -> problems.add("Không có đơn vị mã " + c + "."));
        }
        String date = referenceDate.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        scope.stream().filter(u -> u != null && !u.validOn(referenceDate))
                .forEach(u -> problems.add("Đơn vị " + u.code() + " không có hiệu lực vào ngày chốt " + date + "."));
        Set<String> codesInScope = scope.stream().filter(u -> u != null).map(Unit::code).collect(Collectors.toSet());
        scope.stream().filter(u -> u != null).forEach(u -> u.predecessors().stream().filter(codesInScope::contains)
                .forEach(p -> problems.add("Đơn vị " + p + " và đơn vị kế thừa " + u.code()
                        + " không thể cùng được đánh giá trong một năm.")));
        scope.stream().filter(u -> u != null && !catalogues.containsKey(u.type()))
                .forEach(u -> problems.add("Chưa có bộ tiêu chí cho loại đơn vị " + u.type().label() + "."));
        if (scope.isEmpty()) {
            problems.add("Không có đơn vị nào trong phạm vi đánh giá.");
        }
        if (!problems.isEmpty()) {
            throw new ValidationException("Không thể mở năm đánh giá.", problems);
        }
        return scope;
    }

    /** Units listed to be assessed but not ranked; each must be in the year's scope. */
    private static Set<String> unranked(List<String> codes, List<Unit> inScope) {
        if (codes == null || codes.isEmpty()) {
            return Set.of();
        }
        Set<String> scope = inScope.stream().map(Unit::code).collect(Collectors.toSet());
        List<String> outside = codes.stream().filter(c -> !scope.contains(c)).distinct().toList();
        if (!outside.isEmpty()) {
            throw UserFacingException.badRequest("Đơn vị không xếp hạng phải thuộc phạm vi đánh giá: " + String.join(", ", outside) + ".");
        }
        return new TreeSet<>(codes);
    }

    private static final List<String> ROUNDINGS = List.of("HALF_UP", "HALF_EVEN", "DOWN");

    private static RoundingMode rounding(String name) {
        if (!ROUNDINGS.contains(name)) {
            throw UserFacingException.badRequest("Cách làm tròn chỉ số phải là một trong " + ROUNDINGS + ".");
        }
        return RoundingMode.valueOf(name);
    }

    private static String orDefault(String given, String fallback) {
        return given == null || given.isBlank() ? fallback : given.trim();
    }

    private static Duration period(Duration given, Duration fallback, String what) {
        return CycleBounds.period(given == null ? fallback : given, what);
    }

    private BigDecimal penalty(BigDecimal given) {
        BigDecimal p = given == null ? defaults.latePenalty() : given;
        if (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw UserFacingException.badRequest("Điểm trừ nộp muộn phải từ 0 đến 100.");
        }
        return p;
    }
}
