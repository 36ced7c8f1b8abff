package vn.parindex.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.rules.RuleSets;
import vn.parindex.security.Roles;
import vn.parindex.support.Http;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.TestRules;
import vn.parindex.support.Workbooks;

/**
 * The unit registry spreadsheet: a good file loads with predecessors and electronic identifiers; a bad one is rejected
 * whole, row by row; the export loads back as it is.
 */
class UnitRegistryIT extends IntegrationTest {

    @Autowired Units units;
    @Autowired UnitTypes unitTypes;
    @Autowired RuleSets ruleSets;
    private Http standingBody;

    @BeforeEach
    void user() {
        scenario.ensureUser("nv-registry", Roles.STANDING_BODY);
        standingBody = Http.as(port, "nv-registry", "pw");
    }

    @Test
    void aValidSpreadsheetLoadsUnitsWithParentsAndPredecessors() throws IOException {
        byte[] file = workbook(List.of(
                List.of("RA", "Sở A", "Sở, ban, ngành", "Khối sở", "", "01/01/2020", "28/02/2025", ""),
                List.of("RB", "Sở B", "DEPARTMENT", "Khối sở", "", "2020-01-01", "2025-02-28", ""),
                List.of("RAB", "Sở A (sau hợp nhất với Sở B)", "DEPARTMENT", "Khối sở", "", "01/03/2025", "", "RA, RB"),
                List.of("RW", "Phường W", "Phường", "Khối phường", "RAB", "01/07/2025", "", "")), false);

        HttpResponse<String> response = standingBody.upload("/api/units/import", "don-vi.xlsx", file);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"loaded\":4", "\"created\":4", "\"updated\":0",
                "\"message\":\"Đã nạp 4 đơn vị: 4 mới, 0 cập nhật.\"");
        HttpResponse<String> again = standingBody.upload("/api/units/import", "don-vi.xlsx", workbook(List.of(
                List.of("RW", "Phường W (đổi tên)", "Phường", "Khối phường", "RAB", "01/07/2025", "", ""),
                List.of("RV", "Phường V", "Phường", "Khối phường", "RAB", "01/07/2025", "", "")), false));
        assertThat(again.body()).contains("\"message\":\"Đã nạp 2 đơn vị: 1 mới, 1 cập nhật.\"");
        assertThat(units.find("RW").orElseThrow().name()).isEqualTo("Phường W (đổi tên)");
        Unit merged = units.find("RAB").orElseThrow();
        assertThat(merged.predecessors()).containsExactly("RA", "RB");
        assertThat(merged.validOn(LocalDate.of(2025, 2, 28))).isFalse();
        assertThat(merged.validOn(LocalDate.of(2025, 3, 1))).isTrue();
        assertThat(units.find("RA").orElseThrow().validOn(LocalDate.of(2025, 12, 31))).isFalse();
        assertThat(units.find("RW").orElseThrow().type()).extracting(UnitType::code, UnitType::label).containsExactly("WARD", "Phường");
    }

    @Test
    void theDownloadedTemplateExplainsItsColumnsAndLoadsOnceFilled() throws IOException {
        HttpResponse<byte[]> template = standingBody.getBytes("/api/units/template.xlsx");
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.headers().firstValue("Content-Disposition").orElseThrow()).contains("mau-danh-muc-don-vi.xlsx");
        List<String> guide = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<String> blocks = new ArrayList<>();
        Workbooks.edit(template.body(), workbook -> {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Đơn vị");
            workbook.getSheetAt(0).getRow(0).forEach(cell -> guide.add("header " + cell.getStringCellValue()));
            workbook.getSheet("Hướng dẫn").forEach(row -> guide.add(row.getCell(0).getStringCellValue()));
            workbook.getSheet("Loại đơn vị").forEach(row -> types.add(row.getCell(0).getStringCellValue() + " | "
                    + row.getCell(1).getStringCellValue()));
            workbook.getSheet("Khối xếp hạng").forEach(row -> blocks.add(row.getCell(0).getStringCellValue()));
        });
        assertThat(guide.subList(0, UnitRegistry.COLUMNS.size()))
                .containsExactlyElementsOf(UnitRegistry.COLUMNS.stream().map(h -> "header " + h).toList());
        UnitRegistry.COLUMNS.forEach(column -> assertThat(guide).as("the guide explains " + column)
                .anyMatch(line -> line.startsWith(column + ": ")));
        assertThat(guide).anyMatch(line -> line.startsWith("Loại đơn vị: ") && line.contains("WARD – Phường"))
                .anyMatch(line -> line.startsWith("Hiệu lực từ: ") && line.contains("dd/mm/yyyy (ví dụ 01/07/2025)"))
                .anyMatch(line -> line.startsWith("Đơn vị tiền thân: ") && line.contains("cách nhau bởi dấu phẩy"));
        assertThat(types).as("the rule set's types, after the header").hasSize(unitTypes.all().size() + 1)
                .contains("Mã loại | Tên loại", "WARD | Phường");
        assertThat(blocks).as("the blocks in use").contains("Khối xếp hạng", units.find("TD1").orElseThrow().rankingBlock());

        HttpResponse<String> loaded = standingBody.upload("/api/units/import", "mau-danh-muc-don-vi.xlsx",
                Workbooks.withRows(template.body(), List.of(
                        List.of("TPL1", "Sở mẫu 1", "DEPARTMENT", "Khối sở mẫu", "", "01/01/2020", "30/06/2025", ""),
                        List.of("TPL2", "Sở mẫu 2 (kế tục)", "Sở, ban, ngành", "Khối sở mẫu", "", "01/07/2025", "", "TPL1"))));

        assertThat(loaded.statusCode()).isEqualTo(200);
        assertThat(loaded.body()).contains("\"message\":\"Đã nạp 2 đơn vị: 2 mới, 0 cập nhật.\"");
        assertThat(units.find("TPL2").orElseThrow().predecessors()).containsExactly("TPL1");
        scenario.ensureUser("unit-user-template", Roles.unitGroup("TD1"));
        assertThat(Http.as(port, "unit-user-template", "pw").getBytes("/api/units/template.xlsx").statusCode())
                .as("the template is the standing body's").isEqualTo(403);
    }

    @Test
    void aSpreadsheetWithAnyBadRowIsRejectedWholeWithEveryProblem() throws IOException {
        byte[] file = workbook(List.of(
                List.of("QOK", "Sở hợp lệ", "DEPARTMENT", "Khối sở", "", "01/01/2020", "", ""),
                List.of("Q BAD", "", "Bộ", "Khối sở", "KHONGCO", "32/13/2020", "", ""),
                List.of("QOK", "Trùng mã", "DEPARTMENT", "Khối sở", "", "01/01/2020", "", ""),
                List.of("QLOOP", "Vòng lặp", "DEPARTMENT", "Khối sở", "QLOOP", "01/01/2020", "01/01/2019", ""),
                List.of("QOLD", "Sở cũ", "DEPARTMENT", "Khối sở", "", "01/01/2020", "01/07/2025", ""),
                List.of("QNEW", "Sở mới", "DEPARTMENT", "Khối sở", "", "01/07/2025", "", "QOLD, TD1")), false);

        HttpResponse<String> response = standingBody.upload("/api/units/import", "don-vi.xlsx", file);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("chưa có dữ liệu nào được nạp",
                "Dòng 3, cột Mã đơn vị", "Dòng 3, cột Tên đơn vị: thiếu tên đơn vị", "Dòng 3, cột Loại đơn vị",
                "Dòng 3, cột Hiệu lực từ", "Dòng 4, cột Mã đơn vị: mã đơn vị QOK bị trùng (đã có ở dòng 2)",
                "Dòng 5, cột Hiệu lực đến", "Dòng 5, cột Mã đơn vị cấp trên",
                "Dòng 7, cột Đơn vị tiền thân: đơn vị tiền thân QOLD phải hết hiệu lực trước ngày 1/7/2025, ngày đơn vị QNEW bắt đầu.",
                "Dòng 7, cột Đơn vị tiền thân: đơn vị tiền thân TD1 phải hết hiệu lực trước ngày 1/7/2025, ngày đơn vị QNEW bắt đầu.");
        assertThat(units.exists("QOK")).isFalse();
    }

    @Test
    void formulasWrongFilesAndOutsidersAreRefused() throws IOException {
        byte[] withFormula = workbook(List.of(List.of("QF", "Sở F", "DEPARTMENT", "Khối sở", "", "01/01/2020", "", "")), true);
        assertThat(standingBody.upload("/api/units/import", "f.xlsx", withFormula).body()).contains("công thức");
        assertThat(standingBody.upload("/api/units/import", "f.xlsx", "không phải excel".getBytes()).body())
                .contains("cần tệp Excel .xlsx hợp lệ");
        scenario.ensureUser("unit-user-registry", Roles.unitGroup("TD1"));
        assertThat(Http.as(port, "unit-user-registry", "pw").upload("/api/units/import", "f.xlsx", withFormula).statusCode())
                .isEqualTo(403);
        assertThat(units.exists("QF")).isFalse();
    }

    /** A type a new regulation introduces is two lines of rules/catalogue/catalogues.properties, usable once reloaded. */
    @Test
    void aUnitTypeAddedAsDataIsAcceptedByTheRegistry() throws IOException {
        Path index = TestRules.dir().resolve(UnitTypes.INDEX);
        String original = Files.readString(index);
        byte[] file = workbook(List.of(List.of("RTYPE", "Xã Mới", "Xã sau sắp xếp", "Khối xã", "", "01/07/2025", "", "")), false);
        assertThat(standingBody.upload("/api/units/import", "don-vi.xlsx", file).body())
                .contains("loại đơn vị \\\"Xã sau sắp xếp\\\" không hợp lệ; dùng một trong: COMMUNE (UBND cấp xã)");
        try {
            Files.writeString(index, original + "XA_MOI.name=Xã sau sắp xếp\nXA_MOI=mau-cap-xa.csv\n");
            assertThat(standingBody.json("POST", "/api/rules/reload", "").statusCode()).isEqualTo(200);
            assertThat(standingBody.upload("/api/units/import", "don-vi.xlsx", file).statusCode()).isEqualTo(200);
            assertThat(units.find("RTYPE").orElseThrow().type()).extracting(UnitType::code, UnitType::label)
                    .containsExactly("XA_MOI", "Xã sau sắp xếp");
        } finally {
            Files.writeString(index, original);
            ruleSets.reloadFromFolder("test");
        }
        // a commune again, of one day only, so that no later year assesses a unit of a type it has no catalogue for
        assertThat(standingBody.upload("/api/units/import", "don-vi.xlsx", workbook(List.of(List.of("RTYPE", "Xã Mới", "COMMUNE",
                "Khối xã", "", "01/07/2025", "01/07/2025", "")), false)).statusCode()).isEqualTo(200);
    }

    @Test
    void electronicIdentifiersLoadAreListedAndExportedAndTheExportLoadsBack() throws IOException {
        HttpResponse<String> loaded = standingBody.upload("/api/units/import", "don-vi.xlsx", withIds(List.of(
                List.of("EIDA", "Sở EID A", "DEPARTMENT", "Khối sở EID", "", "01/01/2020", "", "", "000.00.21.H23"),
                List.of("EIDB", "UBND xã EID B", "COMMUNE", "Khối xã EID", "", "01/01/2020", "", "", " h23.39.12 "),
                List.of("EIDC", "UBND xã EID C", "COMMUNE", "Khối xã EID", "", "01/01/2020", "", "", ""))));

        assertThat(loaded.statusCode()).as(loaded.body()).isEqualTo(200);
        assertThat(units.find("EIDA").orElseThrow().electronicId()).isEqualTo("000.00.21.H23");
        assertThat(units.find("EIDB").orElseThrow().electronicId()).as("kept in upper case").isEqualTo("H23.39.12");
        assertThat(units.find("EIDC").orElseThrow().electronicId()).isNull();
        assertThat(standingBody.get("/api/units").body()).contains("\"code\":\"EIDA\"", "\"electronicId\":\"000.00.21.H23\"");
        assertThat(standingBody.get("/api/units/EIDB").body()).contains("\"electronicId\":\"H23.39.12\"");

        HttpResponse<byte[]> export = standingBody.getBytes("/api/units/registry.xlsx");
        assertThat(export.statusCode()).isEqualTo(200);
        List<List<String>> exported = new ArrayList<>();
        Workbooks.edit(export.body(), workbook -> workbook.getSheet("Đơn vị").forEach(row -> {
            List<String> cells = new ArrayList<>();
            row.forEach(cell -> cells.add(cell.getStringCellValue()));
            if (row.getRowNum() == 0 || Set.of("EIDA", "EIDB", "EIDC").contains(cells.get(0))) {
                exported.add(cells);
            }
        }));
        assertThat(exported.get(0)).containsExactlyElementsOf(UnitRegistry.COLUMNS);
        assertThat(exported).contains(
                List.of("EIDA", "Sở EID A", "DEPARTMENT", "Khối sở EID", "", "01/01/2020", "", "", "000.00.21.H23"),
                List.of("EIDC", "UBND xã EID C", "COMMUNE", "Khối xã EID", "", "01/01/2020", "", "", ""));
        HttpResponse<String> again = standingBody.upload("/api/units/import", "danh-muc-don-vi.xlsx",
                Workbooks.of("Đơn vị", exported));
        assertThat(again.body()).contains("\"message\":\"Đã nạp 3 đơn vị: 0 mới, 3 cập nhật.\"");
        assertThat(units.find("EIDB").orElseThrow().electronicId()).isEqualTo("H23.39.12");
        scenario.ensureUser("unit-user-export", Roles.unitGroup("TD1"));
        assertThat(Http.as(port, "unit-user-export", "pw").getBytes("/api/units/registry.xlsx").statusCode())
                .as("the export is the standing body's").isEqualTo(403);
    }

    @Test
    void malformedAndDuplicateIdentifiersRefuseTheWholeFile() throws IOException {
        standingBody.upload("/api/units/import", "don-vi.xlsx", withIds(List.of(
                List.of("EIDHELD", "Sở giữ mã", "DEPARTMENT", "Khối sở EID", "", "01/01/2020", "", "", "000.00.30.H23"))));

        HttpResponse<String> refused = standingBody.upload("/api/units/import", "don-vi.xlsx", withIds(List.of(
                List.of("EIDN1", "Sở N1", "DEPARTMENT", "Khối sở EID", "", "01/01/2020", "", "", "000.00.31.H23"),
                List.of("EIDN2", "Sở N2", "DEPARTMENT", "Khối sở EID", "", "01/01/2020", "", "", "000.00.31.h23"),
                List.of("EIDN3", "Sở N3", "DEPARTMENT", "Khối sở EID", "", "01/01/2020", "", "", "000.00.30.H23"),
                List.of("EIDN4", "Sở N4", "DEPARTMENT", "Khối sở EID", "", "01/01/2020", "", "", "000..32.H23"),
                List.of("EIDN5", "Sở N5", "DEPARTMENT", "Khối sở EID", "", "01/01/2020", "", "", "Mã Đ/1"),
                List.of("EIDN6", "Sở N6", "DEPARTMENT", "Khối sở EID", "", "01/01/2020", "", "", "1".repeat(41)))));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Tệp danh mục đơn vị có 5 lỗi; chưa có dữ liệu nào được nạp.",
                "Dòng 3, cột Mã định danh điện tử: mã định danh 000.00.31.H23 bị trùng (đã có ở dòng 2).",
                "Dòng 4, cột Mã định danh điện tử: mã định danh 000.00.30.H23 bị trùng (đã là mã của đơn vị EIDHELD trong danh mục).",
                "Dòng 5, cột Mã định danh điện tử: mã định danh điện tử gồm chữ cái không dấu và chữ số",
                "(đang là \\\"000..32.H23\\\")", "(đang là \\\"Mã Đ/1\\\")", "Dòng 7, cột Mã định danh điện tử");
        assertThat(units.exists("EIDN1")).isFalse();
        assertThat(units.find("EIDHELD").orElseThrow().electronicId()).isEqualTo("000.00.30.H23");
    }

    @Test
    void aFileWithoutTheIdentifierColumnLeavesIdentifiersAsTheyAreAnEmptyCellClearsOne() throws IOException {
        standingBody.upload("/api/units/import", "don-vi.xlsx", withIds(List.of(
                List.of("EIDOLD", "Sở cũ", "DEPARTMENT", "Khối sở EID", "", "01/01/2020", "", "", "000.00.40.H23"),
                List.of("EIDSW", "Sở đổi mã", "DEPARTMENT", "Khối sở EID", "", "01/01/2020", "", "", "000.00.41.H23"))));

        HttpResponse<String> oldFile = standingBody.upload("/api/units/import", "don-vi.xlsx", workbook(List.of(
                List.of("EIDOLD", "Sở cũ (đổi tên)", "DEPARTMENT", "Khối sở EID", "", "01/01/2020", "", ""),
                List.of("EIDNEW", "Sở mới", "DEPARTMENT", "Khối sở EID", "", "01/01/2020", "", "")), false));

        assertThat(oldFile.statusCode()).as(oldFile.body()).isEqualTo(200);
        assertThat(units.find("EIDOLD").orElseThrow()).extracting(Unit::name, Unit::electronicId)
                .containsExactly("Sở cũ (đổi tên)", "000.00.40.H23");
        assertThat(units.find("EIDNEW").orElseThrow().electronicId()).isNull();

        HttpResponse<String> swapped = standingBody.upload("/api/units/import", "don-vi.xlsx", withIds(List.of(
                List.of("EIDOLD", "Sở cũ (đổi tên)", "DEPARTMENT", "Khối sở EID", "", "01/01/2020", "", "", "000.00.41.H23"),
                List.of("EIDSW", "Sở đổi mã", "DEPARTMENT", "Khối sở EID", "", "01/01/2020", "", "", "000.00.40.H23"),
                List.of("EIDNEW", "Sở mới", "DEPARTMENT", "Khối sở EID", "", "01/01/2020", "", "", ""))));
        assertThat(swapped.statusCode()).as("two units exchange their identifiers in one file").isEqualTo(200);
        assertThat(units.find("EIDOLD").orElseThrow().electronicId()).isEqualTo("000.00.41.H23");
        assertThat(units.find("EIDSW").orElseThrow().electronicId()).isEqualTo("000.00.40.H23");

        standingBody.upload("/api/units/import", "don-vi.xlsx", withIds(List.of(
                List.of("EIDSW", "Sở đổi mã", "DEPARTMENT", "Khối sở EID", "", "01/01/2020", "", "", ""))));
        assertThat(units.find("EIDSW").orElseThrow().electronicId()).as("an empty cell clears it").isNull();
    }

    /** A registry file with the optional identifier column after the required ones. */
    private static byte[] withIds(List<List<String>> rows) {
        List<List<String>> sheet = new ArrayList<>();
        sheet.add(UnitRegistry.COLUMNS);
        sheet.addAll(rows);
        return Workbooks.of("Đơn vị", sheet);
    }

    private static byte[] workbook(List<List<String>> rows, boolean formula) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet("Đơn vị");
            XSSFRow header = sheet.createRow(0);
            for (int c = 0; c < UnitRegistry.HEADERS.size(); c++) {
                header.createCell(c).setCellValue(UnitRegistry.HEADERS.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                XSSFRow row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
                if (formula) {
                    row.getCell(1).setCellFormula("CONCATENATE(\"Sở \",\"F\")");
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
