package vn.parindex.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.parindex.org.ElectronicId;
import vn.parindex.spreadsheet.SheetReader;
import vn.parindex.web.Numbers;
import vn.parindex.web.Text;

/**
 * The standing body's workbook of source figures: one row per unit, indicator and month, with the indicator's
 * numerator and denominator as counts (never a percentage), the source and the day they were extracted. The unit is
 * named by its code, its electronic identifier (the portal's key) or both. Read as it streams, up to a year of every
 * commune's months in one file: every problem by row and column.
 */
final class SourceWorkbook {

    static final String SHEET = "Số liệu";
    static final List<String> HEADERS = List.of("Mã đơn vị", ElectronicId.COLUMN, "Mã chỉ tiêu", "Kỳ (tháng/năm)",
            "Tử số", "Mẫu số", "Nguồn số liệu", "Ngày trích xuất");
    /** The template before the electronic identifier: its files are read as if that column were empty. */
    private static final List<String> HEADERS_WITHOUT_ID = HEADERS.stream().filter(h -> !h.equals(ElectronicId.COLUMN))
            .toList();
    /**
     * A year of every commune's months in one file: 3,321 communes × 6 indicators × 12 months = 239,112 rows, whose
     * worksheet inflates to about 105 MB as written with inline strings. Other imports keep the default bounds.
     */
    static final SheetReader.Bounds BOUNDS = new SheetReader.Bounds(300_000, 300_001 * HEADERS.size(), 160L << 20,
            200L << 20);
    /** A month's count: far above any unit's dossiers, far below what the entries' columns hold when summed. */
    private static final BigDecimal MAX_COUNT = BigDecimal.valueOf(1_000_000_000);
    private static final int SOURCE_CHARS = 200;
    private static final Pattern MONTH = Pattern.compile("(\\d{1,2})/(\\d{4})|(\\d{4})-(\\d{2})(-\\d{2})?");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/yyyy");

    /**
     * The year's mapped leaves of each unit type code, the types of the units it assesses, and the code of every
     * registered unit that has an electronic identifier, by that identifier (read once, for every row).
     */
    record Year(int year, Map<String, List<LeafSource>> sourcesByType, Map<String, String> typeOfUnit,
                Map<String, String> codeOfElectronicId, LocalDate today) {

        List<LeafSource> leavesOf(String unitCode, String indicator) {
            return sourcesByType.getOrDefault(typeOfUnit.get(unitCode), List.of()).stream()
                    .filter(s -> s.indicator().equals(indicator)).toList();
        }
    }

    private SourceWorkbook() {
    }

    /**
     * The figures of the sheet as it streams, checked row by row; each problem is added to {@code problems} by row and
     * column. Equal values are kept once, so that a year of every commune's months takes a few megabytes.
     */
    static final class Reading implements SheetReader.RowHandler {

        private final Year year;
        private final List<String> problems;
        private final List<SourceFigure> figures = new ArrayList<>();
        private final Set<Key> seen = new HashSet<>();
        private final Map<Object, Object> canonical = new HashMap<>();
        private boolean headerRead;
        private boolean headerValid;
        private boolean withoutId;

        Reading(Year year, List<String> problems) {
            this.year = year;
            this.problems = problems;
        }

        private record Key(String unitCode, String indicator, YearMonth period) {
        }

        @Override
        public void row(int index, List<String> row) {
            if (!headerRead) {
                headerRead = true;
                headerValid = index == 0 && SheetReader.startsWithHeaders(row, HEADERS);
                withoutId = index == 0 && !headerValid && SheetReader.startsWithHeaders(row, HEADERS_WITHOUT_ID);
                headerValid |= withoutId;
                if (!headerValid) {
                    problems.add(headerProblem());
                }
            } else if (headerValid) {
                add(index, withoutId ? withEmptyId(row) : row);
            }
        }

        private void add(int index, List<String> row) {
            if (row.stream().allMatch(String::isBlank)) {
                return;
            }
            SourceFigure figure = figure(new Cells(row, "Dòng " + (index + 1), problems), year);
            if (figure == null) {
                return;
            }
            figure = new SourceFigure(kept(figure.unitCode()), kept(figure.indicator()), kept(figure.period()),
                    kept(figure.numerator()), kept(figure.denominator()), kept(figure.source()), kept(figure.extractedOn()));
            if (seen.add(new Key(figure.unitCode(), figure.indicator(), figure.period()))) {
                figures.add(figure);
            } else {
                problems.add("Dòng " + (index + 1) + ": đơn vị " + figure.unitCode() + ", chỉ tiêu " + figure.indicator()
                        + ", kỳ " + figure.period().getMonthValue() + "/" + figure.period().getYear() + " đã có ở dòng trên.");
            }
        }

        private static List<String> withEmptyId(List<String> row) {
            List<String> cells = new ArrayList<>(row);
            cells.add(Math.min(1, cells.size()), "");
            return cells;
        }

        @SuppressWarnings("unchecked")
        private <T> T kept(T value) {
            return (T) canonical.computeIfAbsent(value, v -> v);
        }

        /** The figures read, once the whole sheet has streamed. */
        List<SourceFigure> figures() {
            if (!headerRead) {
                problems.add(headerProblem());
            } else if (figures.isEmpty() && problems.isEmpty()) {
                problems.add("Tệp không có dòng số liệu nào.");
            }
            return figures;
        }

        private static String headerProblem() {
            return "Trang \"" + SHEET + "\", dòng 1 phải là tiêu đề: " + String.join("; ", HEADERS) + ".";
        }
    }

    private static SourceFigure figure(Cells cells, Year year) {
        String unit = unit(cells, year);
        String indicator = cells.raw(2);
        List<LeafSource> leaves = unit != null ? year.leavesOf(unit, indicator) : null;
        if (leaves != null && leaves.isEmpty()) {
            cells.problem(2, "chỉ tiêu \"" + indicator + "\" không dùng cho tiêu chí nào của đơn vị " + unit + " năm " + year.year());
        }
        YearMonth month = cells.month(3);
        if (month != null && leaves != null && !leaves.isEmpty() && leaves.stream().noneMatch(s -> s.covers(year.year(), month))) {
            cells.problem(3, "tháng " + month.getMonthValue() + "/" + month.getYear() + " ngoài kỳ cộng dồn của chỉ tiêu ("
                    + leaves.get(0).period(year.year()) + ")");
        }
        BigDecimal numerator = cells.count(4);
        BigDecimal denominator = cells.count(5);
        if (numerator != null && denominator != null && numerator.compareTo(denominator) > 0) {
            cells.problem(4, "tử số không được lớn hơn mẫu số");
        }
        String source = cells.raw(6);
        if (source.isEmpty() || source.length() > SOURCE_CHARS || !Text.isCleanLine(source)) {
            cells.problem(6, "cần ghi nguồn, tối đa " + SOURCE_CHARS + " ký tự, " + Text.ONE_LINE);
        }
        LocalDate extracted = cells.day(7, year.today());
        return cells.valid() ? new SourceFigure(unit, indicator, month, numerator, denominator, source, extracted) : null;
    }

    /**
     * The code of the year's unit the row names by its code, its electronic identifier or both (naming the same unit);
     * null, with the problem, when it names none. The identifier is looked up in the map read once for the file.
     */
    private static String unit(Cells cells, Year year) {
        String code = cells.raw(0);
        String id = ElectronicId.normalized(cells.raw(1));
        if (id.isEmpty()) {
            if (code.isEmpty()) {
                cells.problem(0, "cần mã đơn vị hoặc mã định danh điện tử");
                return null;
            }
            return inYear(code, 0, "không có đơn vị mã \"" + code + "\"", cells, year);
        }
        String ofId = year.codeOfElectronicId().get(id);
        if (ofId == null) {
            cells.problem(1, "không có đơn vị nào mang mã định danh \"" + cells.raw(1) + "\" trong danh mục đơn vị");
            return null;
        }
        if (!code.isEmpty() && !code.equals(ofId)) {
            cells.problem(1, "mã định danh \"" + id + "\" là của đơn vị " + ofId + ", không phải đơn vị " + code);
            return null;
        }
        return inYear(ofId, code.isEmpty() ? 1 : 0, "đơn vị " + ofId + " (mã định danh " + id + ") không có", cells, year);
    }

    private static String inYear(String code, int column, String notFound, Cells cells, Year year) {
        if (year.typeOfUnit().containsKey(code)) {
            return code;
        }
        cells.problem(column, notFound + " trong năm đánh giá " + year.year());
        return null;
    }

    /** One row's cells, each problem named by its row and column. */
    private record Cells(List<String> row, String where, List<String> problems, int[] before) {

        Cells(List<String> row, String where, List<String> problems) {
            this(row, where, problems, new int[] {problems.size()});
        }

        String raw(int column) {
            return column < row.size() ? row.get(column).trim() : "";
        }

        YearMonth month(int column) {
            Matcher m = MONTH.matcher(raw(column));
            if (m.matches()) {
                int month = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(4));
                int year = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
                if (month >= 1 && month <= 12) {
                    return YearMonth.of(year, month);
                }
            }
            problem(column, "\"" + raw(column) + "\" không phải tháng/năm (ví dụ 3/2025)");
            return null;
        }

        BigDecimal count(int column) {
            try {
                BigDecimal n = Numbers.parse(raw(column));
                if (n.signum() >= 0 && n.compareTo(MAX_COUNT) <= 0 && n.stripTrailingZeros().scale() <= 0) {
                    return n.setScale(2);   // as stored (numeric(14,2)), so that a month imported again compares equal
                }
            } catch (NumberFormatException | ArithmeticException e) {
                // reported below, as a value out of range is
            }
            problem(column, "\"" + raw(column) + "\" không phải số nguyên từ 0 đến " + MAX_COUNT.toPlainString());
            return null;
        }

        LocalDate day(int column, LocalDate today) {
            String text = raw(column);
            try {
                LocalDate day = text.contains("/") ? LocalDate.parse(text, DAY) : LocalDate.parse(text);
                if (!day.isAfter(today)) {
                    return day;
                }
                problem(column, "ngày " + day.format(DAY) + " chưa đến");
            } catch (DateTimeParseException e) {
                problem(column, "\"" + text + "\" không phải ngày/tháng/năm");
            }
            return null;
        }

        void problem(int column, String what) {
            problems.add(where + ", cột " + HEADERS.get(column) + ": " + what + ".");
        }

        boolean valid() {
            return problems.size() == before[0];
        }
    }
}
