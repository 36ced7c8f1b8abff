package vn.parindex.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.assessment.Answer;
import vn.parindex.assessment.AssessmentView;
import vn.parindex.complaint.Complaint;
import vn.parindex.ranking.Improvements;

/**
 * A unit's scorecard: every leaf with its self-assessed, appraised and final points, the appraisers' comments
 * and the outcome of any complaint about it; print-ready (title, unit, date, borders, frozen header, A4 landscape).
 */
final class Scorecard {

    private static final List<String> HEADERS = List.of("Mã", "Tiêu chí", "Điểm tối đa", "Tự đánh giá", "Thẩm định",
            "Kết quả", "Nhận xét thẩm định", "Kiến nghị", "Kết quả giải quyết kiến nghị");
    private static final int HEADER_ROW = 3;
    private static final Map<String, String> OUTCOMES = Map.of(Complaint.PENDING, "Đang xử lý",
            Complaint.INELIGIBLE, "Không thụ lý", Complaint.ACCEPTED, "Chấp nhận", Complaint.REJECTED, "Không chấp nhận");

    private Scorecard() {
    }

    private static final List<String> FIX_HEADERS = List.of("Mã", "Tiêu chí", "Điểm", "Điểm tối đa", "Điểm bị mất",
            "Chỉ số nếu đạt tối đa", "Chỉ số tăng", "Xếp loại khi đó", "Thứ hạng trong khối khi đó");

    /** notSurveyed: the survey leaves the unit was not surveyed on, which leave its denominator. */
    static byte[] write(AssessmentView view, List<Complaint> complaints, Set<String> notSurveyed,
                        List<Improvements.Improvement> fixes) {
        Map<String, List<Complaint>> byLeaf = complaints.stream().collect(Collectors.groupingBy(Complaint::leafCode));
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Phiếu điểm");
            ReportFormat format = new ReportFormat(workbook);
            format.title(sheet, 0, "PHIẾU ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM " + view.year(), format.title, HEADERS.size());
            format.title(sheet, 1, "Đơn vị: " + view.unitName() + " (" + view.unitCode() + ") — " + view.statusLabel()
                    + " — lập ngày " + ReportFormat.today(), format.subtitle, HEADERS.size());
            format.headers(sheet.createRow(HEADER_ROW), HEADERS);
            int r = HEADER_ROW + 1;
            for (AssessmentView.LeafView leaf : view.leaves()) {
                Row row = sheet.createRow(r++);
                List<Complaint> about = byLeaf.getOrDefault(leaf.code(), List.of());
                Answer appraisal = leaf.answers().getOrDefault("APPRAISAL_2", leaf.answers().get("APPRAISAL_1"));
                format.text(row, 0, leaf.code());
                format.text(row, 1, leaf.title());
                format.number(row, 2, leaf.maxPoints());
                format.number(row, 3, leaf.points().get("SELF"));
                format.number(row, 4, leaf.points().getOrDefault("APPRAISAL_2", leaf.points().get("APPRAISAL_1")));
                if (notSurveyed.contains(leaf.code())) {
                    format.text(row, 5, "Không điều tra (không tính)");
                } else {
                    format.number(row, 5, leaf.points().get("RESULT"));
                }
                format.text(row, 6, appraisal == null ? null : appraisal.note());
                format.text(row, 7, about.stream().map(Complaint::reason).collect(Collectors.joining("; ")));
                format.text(row, 8, about.stream().map(c -> OUTCOMES.get(c.status())
                        + (c.decisionReason() == null ? "" : ": " + c.decisionReason())).collect(Collectors.joining("; ")));
            }
            Row total = sheet.createRow(r);
            format.text(total, 1, "Chỉ số (%)");
            format.number(total, 5, view.totals().get("index"));
            int[] widths = {8, 50, 10, 11, 11, 10, 35, 35, 35};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            ReportFormat.printReady(sheet, HEADER_ROW, 2, HEADERS.size());
            if (!fixes.isEmpty()) {
                fixes(workbook.createSheet("Nên khắc phục"), format, view, fixes);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The leaves where the unit lost points, the largest effect on its index first, each recovered alone. */
    private static void fixes(Sheet sheet, ReportFormat format, AssessmentView view, List<Improvements.Improvement> fixes) {
        format.title(sheet, 0, "NHỮNG TIÊU CHÍ NÊN KHẮC PHỤC NĂM " + view.year(), format.title, FIX_HEADERS.size());
        format.title(sheet, 1, "Đơn vị: " + view.unitName() + " (" + view.unitCode() + ") — mỗi dòng: kết quả nếu riêng tiêu chí đó"
                + " đạt tối đa (điểm trừ: không bị trừ), tính bằng bộ luật của năm", format.subtitle, FIX_HEADERS.size());
        format.headers(sheet.createRow(HEADER_ROW), FIX_HEADERS);
        int r = HEADER_ROW + 1;
        for (Improvements.Improvement fix : fixes) {
            Row row = sheet.createRow(r++);
            format.text(row, 0, fix.leafCode());
            format.text(row, 1, fix.leafTitle());
            format.number(row, 2, fix.points());
            format.number(row, 3, fix.max());
            format.number(row, 4, fix.lost());
            format.number(row, 5, fix.index());
            format.number(row, 6, fix.indexGain());
            format.text(row, 7, fix.classification() + (fix.changesBand() ? " (lên loại)" : ""));
            format.text(row, 8, fix.rank() + (fix.ranksGained() > 0 ? " (tăng " + fix.ranksGained() + " bậc)" : ""));
        }
        int[] widths = {8, 50, 9, 10, 10, 12, 10, 18, 18};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        ReportFormat.printReady(sheet, HEADER_ROW, 2, FIX_HEADERS.size());
    }
}
