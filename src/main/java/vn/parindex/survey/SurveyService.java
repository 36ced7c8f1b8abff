package vn.parindex.survey;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.criteria.CycleCatalogue;
import vn.parindex.criteria.Leaf;
import vn.parindex.org.Unit;
import vn.parindex.org.Units;
import vn.parindex.org.UnitType;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Roles;
import vn.parindex.spreadsheet.SheetReader;
import vn.parindex.web.ValidationException;
import vn.parindex.workflow.EngineClock;
import vn.parindex.workflow.ProcessKeys;
import vn.parindex.workflow.TaskKeys;
import vn.parindex.workflow.WorkflowTasks;
import vn.parindex.year.Years;

/** The survey office's import: validated as a whole, then replaces the year's previous import. */
@Service
public class SurveyService {

    private final SurveyRepository surveys;
    private final Years cycles;
    private final CycleCatalogue catalogue;
    private final Units units;
    private final WorkflowTasks tasks;
    private final ApplicationEventPublisher events;
    private final AnswerOptions answerOptions;

    SurveyService(SurveyRepository surveys, Years cycles, CycleCatalogue catalogue, Units units,
                  WorkflowTasks tasks, ApplicationEventPublisher events, AnswerOptions answerOptions) {
        this.surveys = surveys;
        this.cycles = cycles;
        this.catalogue = catalogue;
        this.units = units;
        this.tasks = tasks;
        this.events = events;
        this.answerOptions = answerOptions;
    }

    /**
     * Validates every entry (rates, or answer counts turned into rates by the option weights), then replaces the
     * year's import. A re-import audits each rate it changes.
     */
    @Transactional
    /** The survey's outcome on each survey-scored leaf of several units of a year, by unit code. */
    public Map<String, List<SurveyEntry>> outcomesOf(int year, Collection<String> unitCodes) {
        return surveys.outcomesOf(year, unitCodes);
    }

    /** The survey-scored leaves the survey office marked the unit as not surveyed on. */
    public Set<String> notSurveyed(int year, String unitCode) {
        return surveys.notSurveyed(year, unitCode);
    }

    public int importResults(int year, List<SurveyEntry> entries, CurrentUser user) {
        user.requireGroup(Roles.SURVEY_OFFICE);
        cycles.get(year).requireUnlocked();
        List<AnswerOptions.Option> options = answerOptions.list();
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, Unit> registry = units.byCode();
        List<SurveyEntry> rated = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            rated.add(check(year, entries.get(i), registry, options, "Dòng " + (i + 1) + ": ", seen, problems));
        }
        if (entries.isEmpty()) {
            problems.add("Không có kết quả điều tra nào.");
        }
        if (!problems.isEmpty()) {
            throw new ValidationException("Kết quả điều tra có " + problems.size() + " lỗi; chưa nhập dữ liệu nào.", problems);
        }
        Map<String, String> before = surveys.allOutcomes(year);
        surveys.replaceAll(year, rated, user.id(), EngineClock.now());
        // a first import reports (and audits) only the units marked as not surveyed: each takes points out of a denominator
        events.publishEvent(new SurveyImported(user.id(), year, before.size(), rated.size(), before.isEmpty(), before.isEmpty()
                ? changes(before, rated.stream().filter(SurveyEntry::notSurveyed).toList())
                : changes(before, rated)));
        return rated.size();
    }

    /** Each outcome a re-import changes, adds or drops (a rate, or "không điều tra"). */
    private static List<SurveyImported.Change> changes(Map<String, String> before, List<SurveyEntry> after) {
        Map<String, String> removed = new HashMap<>(before);
        List<SurveyImported.Change> changes = new ArrayList<>();
        for (SurveyEntry e : after) {
            String old = removed.remove(e.unitCode() + "|" + e.leafCode());
            if (!e.outcome().equals(old)) {
                changes.add(new SurveyImported.Change(e.unitCode(), e.leafCode(), old, e.outcome()));
            }
        }
        removed.forEach((key, old) -> changes.add(new SurveyImported.Change(key.split("\\|")[0], key.split("\\|")[1],
                old, null)));
        return changes;
    }

    /** The template to fill: a sheet per unit type, a row per unit, a rate column per survey leaf or a count column per option. */
    @Transactional(readOnly = true)
    public byte[] template(int year, boolean answerCounts, CurrentUser user) {
        user.requireGroup(Roles.SURVEY_OFFICE);
        return SurveyWorkbook.template(List.copyOf(sheets(year).values()), answerOptions.list(), answerCounts);
    }

    /** Imports a filled template: any problem in any sheet rejects the whole file; otherwise replaces the import. */
    @Transactional
    public int importWorkbook(int year, InputStream workbook, CurrentUser user) {
        user.requireGroup(Roles.SURVEY_OFFICE);
        cycles.get(year).requireUnlocked();
        Map<String, SurveyWorkbook.SheetSpec> expected = sheets(year);
        List<String> problems = new ArrayList<>();
        List<SurveyEntry> entries = SurveyWorkbook.read(SheetReader.xlsxSheets(workbook), expected, answerOptions.list(), problems);
        if (!problems.isEmpty()) {
            throw new ValidationException("Tệp kết quả điều tra có " + problems.size() + " lỗi; chưa nhập dữ liệu nào.", problems);
        }
        return importResults(year, entries, user);
    }

    private Map<String, SurveyWorkbook.SheetSpec> sheets(int year) {
        Map<UnitType, List<Unit>> byType = new TreeMap<>(Comparator.comparing(UnitType::code));
        Map<String, Unit> registry = units.byCode();
        for (String code : surveys.unitsOfYear(year)) {
            Optional.ofNullable(registry.get(code)).ifPresent(u -> byType.computeIfAbsent(u.type(), t -> new ArrayList<>()).add(u));
        }
        Map<String, SurveyWorkbook.SheetSpec> sheets = new LinkedHashMap<>();
        byType.forEach((type, list) -> sheets.put(type.label(), new SurveyWorkbook.SheetSpec(type.label(), list,
                catalogue.leaves(year, type).stream().filter(Leaf::survey).toList())));
        return sheets;
    }

    /** Closes the survey office's task once results are in. */
    @Transactional
    public void complete(int year, CurrentUser user) {
        user.requireGroup(Roles.SURVEY_OFFICE);
        cycles.getForUpdate(year).requireUnlocked();
        if (surveys.count(year) == 0) {
            throw ValidationException.single("Chưa nhập kết quả điều tra xã hội học.");
        }
        tasks.complete(user, ProcessKeys.cycleKey(year), TaskKeys.IMPORT_SURVEY);
    }

    /** The entry with its rate (computed from answer counts when given so); problems are added, not thrown. */
    private SurveyEntry check(int year, SurveyEntry e, Map<String, Unit> registry, List<AnswerOptions.Option> options,
                              String at, Set<String> seen, List<String> problems) {
        if (e == null) {
            problems.add(at + "dòng trống.");
            return null;
        }
        Unit unit = e.unitCode() == null ? null : registry.get(e.unitCode());
        if (unit == null) {
            problems.add(at + "không có đơn vị mã \"" + e.unitCode() + "\".");
            return e;
        }
        Leaf leaf = catalogue.leaf(year, unit.type(), e.leafCode()).orElse(null);
        if (leaf == null || !leaf.survey()) {
            problems.add(at + "tiêu chí \"" + e.leafCode() + "\" không phải tiêu chí điều tra xã hội học của đơn vị " + unit.code() + ".");
        }
        if (!seen.add(e.unitCode() + "|" + e.leafCode())) {
            problems.add(at + "trùng đơn vị " + e.unitCode() + " và tiêu chí " + e.leafCode() + ".");
        }
        if (e.notSurveyed()) {
            if (e.rate() != null || e.answerCounts() != null) {
                problems.add(at + "đơn vị không được điều tra thì không nhập tỷ lệ hay số phiếu.");
            }
            return e;
        }
        if (e.answerCounts() != null) {
            if (e.rate() != null) {
                problems.add(at + "chỉ nhập tỷ lệ hoặc số phiếu theo phương án, không nhập cả hai.");
                return e;
            }
            return countsChecked(e, options, at, problems) ? e.withRate(AnswerOptions.rate(options, e.answerCounts())) : e;
        }
        if (e.rate() == null || e.rate().signum() < 0 || e.rate().compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add(at + "tỷ lệ phải từ 0 đến 100 (%).");
            return e;
        }
        return e.withRate(e.rate().setScale(2, RoundingMode.HALF_UP));  // as stored, so the audit shows what is kept
    }

    private static boolean countsChecked(SurveyEntry e, List<AnswerOptions.Option> options, String at, List<String> problems) {
        int before = problems.size();
        Set<String> known = new HashSet<>();
        options.forEach(o -> known.add(o.code()));
        e.answerCounts().keySet().stream().filter(code -> !known.contains(code)).sorted()
                .forEach(code -> problems.add(at + "không có phương án trả lời \"" + code + "\" (có: " + String.join(", ", known.stream().sorted().toList()) + ")."));
        long total = 0;
        for (AnswerOptions.Option option : options) {
            Integer count = e.answerCounts().get(option.code());
            if (count == null || count < 0) {
                problems.add(at + "số phiếu phương án " + option.code() + " phải là số nguyên từ 0 trở lên.");
            } else {
                total += count;
            }
        }
        if (problems.size() == before && total == 0) {
            problems.add(at + "tổng số phiếu bằng 0; không tính được tỷ lệ.");
        }
        return problems.size() == before;
    }
}
