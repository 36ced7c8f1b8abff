package vn.parindex.survey;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.criteria.Leaf;
import vn.parindex.org.Unit;
import vn.parindex.spreadsheet.Xlsx;
import vn.parindex.web.Numbers;

/**
 * The survey results workbook: one sheet per unit type, a row per unit and, per survey-scored leaf, either one
 * column of rates in percent ("8.1 – title (%)") or a column of answer counts per option
 * ("8.1 [A] – Tốt / Rất hài lòng (số phiếu)"). The import reads each leaf in whichever form its columns have.
 */
final class SurveyWorkbook {

    static final String UNIT_CODE = "Mã đơn vị";
    static final String UNIT_NAME = "Tên đơn vị";
    static final String GUIDE = "Hướng dẫn";
    private static final String SEPARATOR = " – ";
    private static final Pattern OPTION_COLUMN = Pattern.compile("(\\S+)\\s*\\[([^\\]]+)]");

    private SurveyWorkbook() {
    }

    /** A sheet to fill per unit type: its title, units and survey leaves. */
    record SheetSpec(String title, List<Unit> units, List<Leaf> leaves) {
    }

    /** A value column: a leaf's rate, or its count for one answer option. */
    private record Column(String leaf, String option) {
    }

    static byte[] template(List<SheetSpec> sheets, List<AnswerOptions.Option> options, boolean answerCounts) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = Xlsx.boldStyle(workbook);
            header.setWrapText(true);
            for (SheetSpec spec : sheets) {
                Sheet sheet = workbook.createSheet(spec.title());
                Row head = sheet.createRow(0);
                head.createCell(0).setCellValue(UNIT_CODE);
                head.createCell(1).setCellValue(UNIT_NAME);
                for (Leaf leaf : spec.leaves()) {
                    if (answerCounts) {
                        options.forEach(o -> head.createCell(head.getLastCellNum()).setCellValue(
                                leaf.code() + " [" + o.code() + "]" + SEPARATOR + o.label() + " (số phiếu)"));
                    } else {
                        head.createCell(head.getLastCellNum()).setCellValue(leaf.code() + SEPARATOR + leaf.title() + " (%)");
                    }
                }
                for (int c = 2; c < head.getLastCellNum(); c++) {
                    sheet.setColumnWidth(c, 18 * 256);
                }
                head.forEach(c -> c.setCellStyle(header));
                for (int r = 0; r < spec.units().size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    row.createCell(0).setCellValue(spec.units().get(r).code());
                    row.createCell(1).setCellValue(spec.units().get(r).name());
                }
                sheet.setColumnWidth(0, 16 * 256);
                sheet.setColumnWidth(1, 40 * 256);
                sheet.createFreezePane(2, 1);
            }
            Sheet guide = workbook.createSheet(GUIDE);
            guide.createRow(0).createCell(0).setCellValue("Mỗi trang tính một loại đơn vị, mỗi dòng một đơn vị; nhập "
                    + (answerCounts ? "số phiếu theo từng phương án trả lời." : "tỷ lệ hài lòng (%) của từng tiêu chí."));
            guide.createRow(1).createCell(0).setCellValue("Đơn vị không được điều tra ở một tiêu chí: ghi " + SurveyEntry.NOT_SURVEYED
                    + " vào ô của tiêu chí đó (ghi ở mọi tiêu chí nếu đơn vị không được điều tra); tiêu chí đó không tính vào"
                    + " tổng điểm chuẩn của đơn vị.");
            guide.setColumnWidth(0, 150 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the filled sheets into entries; every problem is added with its sheet, row and column. A unit of
     * another sheet's type, an unknown leaf or option column, a missing or out-of-range value, a duplicate unit are
     * problems.
     */
    static List<SurveyEntry> read(Map<String, List<List<String>>> sheets, Map<String, SheetSpec> expected,
                                  List<AnswerOptions.Option> options, List<String> problems) {
        List<SurveyEntry> entries = new ArrayList<>();
        sheets.forEach((title, rows) -> {
            if (title.equals(GUIDE)) {
                return;
            }
            SheetSpec spec = expected.get(title);
            if (spec == null) {
                problems.add("Trang tính \"" + title + "\" không thuộc mẫu kết quả điều tra của năm.");
                return;
            }
            if (rows.size() < 2) {
                problems.add("Trang tính \"" + title + "\" không có dòng dữ liệu nào.");
                return;
            }
            List<Column> columns = columns(title, rows.get(0), spec, options, problems);
            Set<String> unitCodes = new HashSet<>();
            spec.units().forEach(u -> unitCodes.add(u.code()));
            Set<String> seen = new HashSet<>();
            for (int r = 1; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                if (row.isEmpty()) {
                    continue;
                }
                String at = "Trang tính \"" + title + "\", dòng " + (r + 1) + ", ";
                String unit = row.get(0);
                if (!unitCodes.contains(unit)) {
                    problems.add(at + "cột " + UNIT_CODE + ": đơn vị \"" + unit + "\" không thuộc " + title + " trong năm đánh giá.");
                    continue;
                }
                if (!seen.add(unit)) {
                    problems.add(at + "cột " + UNIT_CODE + ": đơn vị " + unit + " bị trùng.");
                    continue;
                }
                Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
                Set<String> notSurveyed = new LinkedHashSet<>();
                for (int c = 0; c < columns.size(); c++) {
                    if (c + 2 < row.size() && row.get(c + 2).trim().equalsIgnoreCase(SurveyEntry.NOT_SURVEYED)) {
                        notSurveyed.add(columns.get(c).leaf());
                    }
                }
                notSurveyed.forEach(leaf -> entries.add(SurveyEntry.notSurveyed(unit, leaf)));
                for (int c = 0; c < columns.size(); c++) {
                    Column column = columns.get(c);
                    String text = c + 2 < row.size() ? row.get(c + 2) : "";
                    if (notSurveyed.contains(column.leaf())) {
                        if (!text.isBlank() && !text.trim().equalsIgnoreCase(SurveyEntry.NOT_SURVEYED)) {
                            problems.add(at + "cột " + column.leaf() + ": đã đánh dấu " + SurveyEntry.NOT_SURVEYED
                                    + " (không điều tra) thì không nhập kết quả \"" + text + "\".");
                        }
                    } else if (column.option() == null) {
                        rate(text, at + "cột " + column.leaf() + ": ", problems)
                                .ifPresent(rate -> entries.add(new SurveyEntry(unit, column.leaf(), rate)));
                    } else {
                        count(text, at + "cột " + column.leaf() + " [" + column.option() + "]: ", problems).ifPresent(n ->
                                counts.computeIfAbsent(column.leaf(), l -> new LinkedHashMap<>()).put(column.option(), n));
                    }
                }
                counts.forEach((leaf, byOption) -> {
                    if (byOption.size() == options.size() && byOption.values().stream().allMatch(n -> n == 0)) {
                        problems.add(at + "cột " + leaf + ": tổng số phiếu bằng 0; không tính được tỷ lệ.");
                    } else if (byOption.size() == options.size()) {
                        entries.add(new SurveyEntry(unit, leaf, null, byOption, false));
                    }
                });
            }
        });
        return entries;
    }

    private static Optional<BigDecimal> rate(String text, String where, List<String> problems) {
        if (text.isEmpty()) {
            problems.add(where + "thiếu kết quả.");
            return Optional.empty();
        }
        try {
            BigDecimal rate = Numbers.parse(text.replace("%", ""));
            if (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) > 0) {
                problems.add(where + "tỷ lệ " + text + " ngoài khoảng 0–100.");
                return Optional.empty();
            }
            return Optional.of(rate);
        } catch (NumberFormatException e) {
            problems.add(where + "\"" + text + "\" không phải là số hợp lệ (" + Numbers.RULE + ").");
            return Optional.empty();
        }
    }

    private static Optional<Integer> count(String text, String where, List<String> problems) {
        try {
            int count = Integer.parseInt(text.trim());
            if (count >= 0) {
                return Optional.of(count);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(where + (text.isEmpty() ? "thiếu số phiếu." : "\"" + text + "\" không phải số phiếu (số nguyên từ 0 trở lên)."));
        return Optional.empty();
    }

    /** The value columns after the unit's code and name; a leaf has one rate column or a column per option. */
    private static List<Column> columns(String title, List<String> header, SheetSpec spec,
                                        List<AnswerOptions.Option> options, List<String> problems) {
        Set<String> known = new HashSet<>();
        spec.leaves().forEach(l -> known.add(l.code()));
        Set<String> optionCodes = new LinkedHashSet<>();
        options.forEach(o -> optionCodes.add(o.code()));
        String at = "Trang tính \"" + title + "\", dòng 1";
        if (header.size() < 2 || !UNIT_CODE.equalsIgnoreCase(header.get(0))) {
            problems.add(at + ": cột đầu tiên phải là \"" + UNIT_CODE + "\".");
        }
        List<Column> columns = new ArrayList<>();
        for (int c = 2; c < header.size(); c++) {
            String head = header.get(c).split(SEPARATOR, 2)[0].trim();
            Matcher option = OPTION_COLUMN.matcher(head);
            Column column = option.matches() ? new Column(option.group(1), option.group(2).trim()) : new Column(head, null);
            if (!known.contains(column.leaf())) {
                problems.add(at + ", cột " + (c + 1) + ": \"" + column.leaf()
                        + "\" không phải tiêu chí điều tra xã hội học của " + title + ".");
            } else if (column.option() != null && !optionCodes.contains(column.option())) {
                problems.add(at + ", cột " + (c + 1) + ": không có phương án trả lời \"" + column.option() + "\" (có: "
                        + String.join(", ", optionCodes) + ").");
            }
            columns.add(column);
        }
        Map<String, Set<String>> optionsByLeaf = new LinkedHashMap<>();
        columns.stream().filter(col -> col.option() != null)
                .forEach(col -> optionsByLeaf.computeIfAbsent(col.leaf(), l -> new LinkedHashSet<>()).add(col.option()));
        optionsByLeaf.forEach((leaf, given) -> {
            if (columns.contains(new Column(leaf, null))) {
                problems.add(at + ": tiêu chí " + leaf + " có cả cột tỷ lệ và cột số phiếu; chỉ dùng một cách.");
            } else if (!given.containsAll(optionCodes)) {
                Set<String> missing = new LinkedHashSet<>(optionCodes);
                missing.removeAll(given);
                problems.add(at + ": tiêu chí " + leaf + " thiếu cột số phiếu của phương án " + String.join(", ", missing) + ".");
            }
        });
        return columns;
    }
}
