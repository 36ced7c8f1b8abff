package vn.parindex.survey;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.criteria.Leaf;
import vn.parindex.org.Unit;

/**
 * The survey results workbook: one sheet per unit type, a row per unit, a column per survey-scored leaf
 * ("8.1.1 – title"), values in percent (0–100).
 */
final class SurveyWorkbook {

    static final String UNIT_CODE = "Mã đơn vị";
    static final String UNIT_NAME = "Tên đơn vị";
    private static final String SEPARATOR = " – ";

    private SurveyWorkbook() {
    }

    /** A sheet to fill per unit type: its title, units and survey leaves. */
    record SheetSpec(String title, List<Unit> units, List<Leaf> leaves) {
    }

    static byte[] template(List<SheetSpec> sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setWrapText(true);
            for (SheetSpec spec : sheets) {
                Sheet sheet = workbook.createSheet(spec.title());
                Row head = sheet.createRow(0);
                head.createCell(0).setCellValue(UNIT_CODE);
                head.createCell(1).setCellValue(UNIT_NAME);
                for (int i = 0; i < spec.leaves().size(); i++) {
                    Leaf leaf = spec.leaves().get(i);
                    head.createCell(i + 2).setCellValue(leaf.code() + SEPARATOR + leaf.title() + " (%)");
                    sheet.setColumnWidth(i + 2, 18 * 256);
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
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the filled sheets into entries; every problem is added with its sheet, row and column. A unit of
     * another sheet's type, an unknown leaf column, a missing or out-of-range value, a duplicate unit are problems.
     */
    static List<SurveyEntry> read(Map<String, List<List<String>>> sheets, Map<String, SheetSpec> expected,
                                  List<String> problems) {
        List<SurveyEntry> entries = new ArrayList<>();
        sheets.forEach((title, rows) -> {
            SheetSpec spec = expected.get(title);
            if (spec == null) {
                problems.add("Trang tính \"" + title + "\" không thuộc mẫu kết quả điều tra của năm.");
                return;
            }
            if (rows.size() < 2) {
                problems.add("Trang tính \"" + title + "\" không có dòng dữ liệu nào.");
                return;
            }
            List<String> leafColumns = leafColumns(title, rows.get(0), spec, problems);
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
                for (int c = 0; c < leafColumns.size(); c++) {
                    String leaf = leafColumns.get(c);
                    String text = c + 2 < row.size() ? row.get(c + 2) : "";
                    rate(text, at + "cột " + leaf + ": ", problems)
                            .ifPresent(rate -> entries.add(new SurveyEntry(unit, leaf, rate)));
                }
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
            BigDecimal rate = new BigDecimal(text.replace(',', '.').replace("%", "").trim());
            if (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) > 0) {
                problems.add(where + "tỷ lệ " + text + " ngoài khoảng 0–100.");
                return Optional.empty();
            }
            return Optional.of(rate);
        } catch (NumberFormatException e) {
            problems.add(where + "\"" + text + "\" không phải là số.");
            return Optional.empty();
        }
    }

    /** The leaf codes of the header's columns after the unit's code and name. */
    private static List<String> leafColumns(String title, List<String> header, SheetSpec spec, List<String> problems) {
        Set<String> known = new HashSet<>();
        spec.leaves().forEach(l -> known.add(l.code()));
        List<String> codes = new ArrayList<>();
        if (header.size() < 2 || !UNIT_CODE.equalsIgnoreCase(header.get(0))) {
            problems.add("Trang tính \"" + title + "\", dòng 1: cột đầu tiên phải là \"" + UNIT_CODE + "\".");
        }
        for (int c = 2; c < header.size(); c++) {
            String code = header.get(c).split(SEPARATOR, 2)[0].trim();
            if (!known.contains(code)) {
                problems.add("Trang tính \"" + title + "\", dòng 1, cột " + (c + 1) + ": \"" + code
                        + "\" không phải tiêu chí điều tra xã hội học của " + title + ".");
            }
            codes.add(code);
        }
        return codes;
    }
}
