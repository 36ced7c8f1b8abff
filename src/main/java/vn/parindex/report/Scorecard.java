package vn.parindex.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.assessment.Answer;
import vn.parindex.assessment.AssessmentView;
import vn.parindex.complaint.Complaint;

/**
 * A unit's scorecard: every leaf with its self-assessed, appraised and final points, the appraisers' comments
 * and the outcome of any complaint about it; print-ready (title, unit, date, borders, frozen header, A4 landscape).
 */
final class Scorecard {

    private static final List<String> HEADERS = List.of("Mã", "Tiêu chí", "Điểm tối đa", "Tự đánh giá", "Thẩm định",
            "Kết quả", "Nhận xét thẩm định", "Kiến nghị", "Kết quả giải quyết kiến nghị");
    private static final Map<String, String> OUTCOMES = Map.of(Complaint.PENDING, "Đang xử lý",
            Complaint.INELIGIBLE, "Không thụ lý", Complaint.ACCEPTED, "Chấp nhận", Complaint.REJECTED, "Không chấp nhận");

    private Scorecard() {
    }

    static byte[] write(AssessmentView view, List<Complaint> complaints) {
        Map<String, List<Complaint>> byLeaf = complaints.stream().collect(Collectors.groupingBy(Complaint::leafCode));
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Phiếu điểm");
            CellStyle bordered = workbook.createCellStyle();
            bordered.setBorderTop(BorderStyle.THIN);
            bordered.setBorderBottom(BorderStyle.THIN);
            bordered.setBorderLeft(BorderStyle.THIN);
            bordered.setBorderRight(BorderStyle.THIN);
            bordered.setWrapText(true);
            CellStyle header = workbook.createCellStyle();
            header.cloneStyleFrom(bordered);
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            sheet.createRow(0).createCell(0).setCellValue("PHIẾU ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM " + view.year());
            sheet.createRow(1).createCell(0).setCellValue("Đơn vị: " + view.unitName() + " (" + view.unitCode() + ") — "
                    + view.statusLabel() + " — lập ngày " + LocalDate.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            Row head = sheet.createRow(3);
            for (int c = 0; c < HEADERS.size(); c++) {
                head.createCell(c).setCellValue(HEADERS.get(c));
                head.getCell(c).setCellStyle(header);
            }
            int r = 4;
            for (AssessmentView.LeafView leaf : view.leaves()) {
                Row row = sheet.createRow(r++);
                List<Complaint> about = byLeaf.getOrDefault(leaf.code(), List.of());
                Answer appraisal = leaf.answers().getOrDefault("APPRAISAL_2", leaf.answers().get("APPRAISAL_1"));
                cells(row, bordered, leaf.code(), leaf.title(), leaf.maxPoints(), leaf.points().get("SELF"),
                        leaf.points().getOrDefault("APPRAISAL_2", leaf.points().get("APPRAISAL_1")), leaf.points().get("RESULT"),
                        appraisal == null ? null : appraisal.note(),
                        about.stream().map(Complaint::reason).collect(Collectors.joining("; ")),
                        about.stream().map(c -> OUTCOMES.get(c.status()) + (c.decisionReason() == null ? "" : ": " + c.decisionReason()))
                                .collect(Collectors.joining("; ")));
            }
            Row total = sheet.createRow(r);
            total.createCell(1).setCellValue("Chỉ số (%)");
            if (view.totals().get("index") != null) {
                total.createCell(5).setCellValue(view.totals().get("index").doubleValue());
            }
            sheet.createFreezePane(2, 4);
            int[] widths = {8, 50, 10, 11, 11, 10, 35, 35, 35};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cells(Row row, CellStyle style, Object... values) {
        for (int c = 0; c < values.length; c++) {
            var cell = row.createCell(c);
            if (values[c] instanceof BigDecimal number) {
                cell.setCellValue(number.doubleValue());
            } else if (values[c] != null) {
                cell.setCellValue(values[c].toString());
            }
            cell.setCellStyle(style);
        }
    }
}
