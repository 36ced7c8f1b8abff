package vn.parindex.indicator;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.Assessments;
import vn.parindex.assessment.Prefills;
import vn.parindex.evidence.EvidenceStore;
import vn.parindex.org.Unit;
import vn.parindex.org.Units;
import vn.parindex.org.UnitType;
import vn.parindex.org.UnitTypes;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Roles;
import vn.parindex.spreadsheet.SheetReader;
import vn.parindex.web.UserFacingException;
import vn.parindex.web.ValidationException;
import vn.parindex.workflow.EngineClock;
import vn.parindex.year.Years;

/**
 * The standing body's import of source figures: the file is read and checked whole (nothing is stored on any problem),
 * kept as evidence, its months stored (a month imported again is replaced), and each mapped leaf it touches offered
 * to its unit as the sum over the leaf's window. The same file again changes nothing.
 */
@Service
public class SourceImport {

    private static final Logger log = LoggerFactory.getLogger(SourceImport.class);

    /** Rows read, months new or changed, and what the leaves' offers did. */
    public record Result(int rows, int monthsChanged, int leavesOffered, int leavesUnchanged, int leavesFlagged,
                         int leavesWithoutDenominator) {
    }

    private final SourceFigureRepository figures;
    private final LeafTotals leafTotals;
    private final YearSources sources;
    private final Assessments assessments;
    private final Years cycles;
    private final UnitTypes types;
    private final Units units;
    private final Prefills prefills;
    private final EvidenceStore evidence;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    SourceImport(SourceFigureRepository figures, LeafTotals leafTotals, YearSources sources, Assessments assessments,
                 Years cycles, UnitTypes types, Units units, Prefills prefills, EvidenceStore evidence,
                 ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.figures = figures;
        this.leafTotals = leafTotals;
        this.sources = sources;
        this.assessments = assessments;
        this.cycles = cycles;
        this.types = types;
        this.units = units;
        this.prefills = prefills;
        this.evidence = evidence;
        this.events = events;
        this.transactions = transactions;
    }

    @Transactional(readOnly = true)
    public byte[] template(int year, CurrentUser user) {
        user.requireGroup(Roles.STANDING_BODY);
        SourceWorkbook.Year y = yearOf(year);
        Map<String, Unit> registered = units.byCode();
        return SourceTemplate.workbook(y, types.all().stream().collect(Collectors.toMap(UnitType::code, UnitType::label)),
                y.typeOfUnit().keySet().stream().map(registered::get).toList());
    }

    /** {@code file}: an upload buffered on disk, or any source read twice (checked, then kept as evidence). */
    public Result importWorkbook(int year, String fileName, long size, InputStreamSource file, CurrentUser user)
            throws IOException {
        user.requireGroup(Roles.STANDING_BODY);
        cycles.get(year).requireUnlocked();
        SourceWorkbook.Year y = yearOf(year);
        long start = System.nanoTime();
        List<String> problems = new ArrayList<>();
        SourceWorkbook.Reading reading = new SourceWorkbook.Reading(y, problems);
        try (InputStream in = file.getInputStream()) {
            SheetReader.xlsxRows(in, SourceWorkbook.SHEET, SourceWorkbook.BOUNDS, reading);
        }
        List<SourceFigure> read = reading.figures();
        if (!problems.isEmpty()) {
            throw new ValidationException("Tệp số liệu nguồn có " + problems.size() + " lỗi; chưa nhập dữ liệu nào.", problems);
        }
        EvidenceStore.Content content = evidence.store(evidence.check(fileName, size, file, SourceWorkbook.BOUNDS));
        long stored = System.nanoTime();
        Result result = transactions.execute(status -> store(y, read, content, user));
        log.info("{} imported {} source figures for {} ({} months changed, {} leaves offered, {} flagged): "
                        + "read and kept in {} ms, stored in {} ms", user.id(), result.rows(), year, result.monthsChanged(),
                result.leavesOffered(), result.leavesFlagged(), (stored - start) / 1_000_000,
                (System.nanoTime() - stored) / 1_000_000);
        return result;
    }

    private Result store(SourceWorkbook.Year y, List<SourceFigure> read, EvidenceStore.Content content, CurrentUser user) {
        cycles.getForUpdate(y.year()).requireUnlocked();   // one import of a year at a time
        int changed = figures.upsert(y.year(), read, content.sha256(), user.id(), EngineClock.now());
        LeafTotals.Totals totals = leafTotals.of(y, read, content.sha256());
        Prefills.Outcome outcome = prefills.apply(y.year(), totals.figures(), content, user.id());
        events.publishEvent(new SourceFiguresImported(user.id(), y.year(), read.size(), changed, content.fileName(),
                content.sha256()));
        return new Result(read.size(), changed, outcome.offered(), outcome.unchanged(), outcome.flagged(),
                totals.withoutDenominator());
    }

    /**
     * The year's mapped leaves, assessed units and the registry's electronic identifiers; a year opened without a
     * mapping has nothing to import.
     */
    private SourceWorkbook.Year yearOf(int year) {
        cycles.get(year);   // a year never opened: refused as such, not as a year without sources
        Map<String, List<LeafSource>> byType = sources.byUnitType(year);
        if (byType.isEmpty()) {
            throw UserFacingException.conflict("Năm " + year + " không có tiêu chí nào lấy số liệu từ hệ thống dịch vụ công "
                    + "(bộ luật khi mở năm không có bảng nguồn số liệu).");
        }
        Map<String, String> typeOfUnit = new LinkedHashMap<>();
        for (Assessment a : assessments.findAll(year)) {
            typeOfUnit.put(a.unitCode(), a.unitType().code());
        }
        return new SourceWorkbook.Year(year, byType, typeOfUnit, units.codesByElectronicId(),
                EngineClock.now().toLocalDate());
    }
}
