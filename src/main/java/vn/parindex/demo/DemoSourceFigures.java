package vn.parindex.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Component;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.Assessments;
import vn.parindex.indicator.SourceImport;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Roles;
import vn.parindex.workflow.EngineClock;

/**
 * Sample monthly figures of the public-service portal for the open demo year, filled into the downloaded template as
 * the standing body would and imported, so that the communes' and wards' rate leaves open pre-filled. The figures are
 * made up (derived from the unit's code), and the source column says so. As the portal keys its figures by electronic
 * identifier, the wards' rows carry only that (taken from the template's sheet of units), the communes' both keys, and
 * the special zones' only the unit code.
 */
@Component
class DemoSourceFigures {

    private static final String SOURCE = "Cổng Dịch vụ công quốc gia (số liệu mẫu)";

    private final SourceImport sourceImport;
    private final Assessments assessments;

    DemoSourceFigures(SourceImport sourceImport, Assessments assessments) {
        this.sourceImport = sourceImport;
        this.assessments = assessments;
    }

    void load(int year) throws IOException {
        CurrentUser standingBody = DemoData.actingAs(Roles.STANDING_BODY);
        byte[] filled = fill(sourceImport.template(year, standingBody), year);
        sourceImport.importWorkbook(year, "so-lieu-dich-vu-cong-" + year + ".xlsx", filled.length,
                new ByteArrayResource(filled), standingBody);
    }

    /** A row per unit, indicator of its type (sheet "Chỉ tiêu": code, …, type name) and month of the year. */
    private byte[] fill(byte[] template, int year) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Map<String, Set<String>> indicatorsByType = new TreeMap<>();
            Sheet indicators = wb.getSheet("Chỉ tiêu");
            for (int r = 1; r <= indicators.getLastRowNum(); r++) {
                Row row = indicators.getRow(r);
                indicatorsByType.computeIfAbsent(row.getCell(4).getStringCellValue(), t -> new LinkedHashSet<>())
                        .add(row.getCell(0).getStringCellValue());
            }
            Map<String, String> electronicIds = new HashMap<>();
            wb.getSheet("Đơn vị").forEach(row -> electronicIds.put(row.getCell(0).getStringCellValue(),
                    row.getCell(1).getStringCellValue()));
            Sheet figures = wb.getSheetAt(0);
            String extracted = EngineClock.now().toLocalDate().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            for (Assessment a : assessments.findAll(year)) {
                for (String indicator : indicatorsByType.getOrDefault(a.unitType().label(), Set.of())) {
                    for (int month = 1; month <= 12; month++) {
                        int seed = Math.abs((a.unitCode() + indicator + month).hashCode());
                        int denominator = 20 + seed % 40;
                        row(figures, keys(a, electronicIds.get(a.unitCode())), indicator, month + "/" + year,
                                denominator - seed % 4, denominator, extracted);
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** The unit code and electronic identifier the row gives, "" for a key it leaves out. */
    private static String[] keys(Assessment a, String electronicId) {
        if (electronicId == null || electronicId.isEmpty()) {
            return new String[] {a.unitCode(), ""};
        }
        return switch (a.unitType().code()) {
            case "WARD" -> new String[] {"", electronicId};
            case "COMMUNE" -> new String[] {a.unitCode(), electronicId};
            default -> new String[] {a.unitCode(), ""};
        };
    }

    private static void row(Sheet sheet, String[] unit, String indicator, String month, int numerator, int denominator,
                            String extracted) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        row.createCell(0).setCellValue(unit[0]);
        row.createCell(1).setCellValue(unit[1]);
        row.createCell(2).setCellValue(indicator);
        row.createCell(3).setCellValue(month);
        row.createCell(4).setCellValue(numerator);
        row.createCell(5).setCellValue(denominator);
        row.createCell(6).setCellValue(SOURCE);
        row.createCell(7).setCellValue(extracted);
    }
}
