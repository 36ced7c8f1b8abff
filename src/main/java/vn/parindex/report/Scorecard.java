package vn.parindex.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.assessment.Answer;
import vn.parindex.assessment.AssessmentView;
import vn.parindex.complaint.Complaint;
import vn.parindex.ranking.Improvements;

/**
 * A unit's scorecard: the heading, its areas' points and component indices, its index, band and rank in its block,
 * then every leaf with its self-assessed, appraised and final points, the appraisers' comments and the outcome of any
 * complaint about it; prints on A4 landscape, rows as tall as their wrapped texts, the leaves' header repeated. Its
 * evidence files with their digital signatures follow on a sheet of their own.
 */
final class Scorecard {

    private static final List<String> HEADERS = List.of("Mã", "Tiêu chí", "Điểm tối đa", "Tự đánh giá", "Thẩm định",
            "Kết quả", "Nhận xét thẩm định", "Kiến nghị", "Kết quả giải quyết kiến nghị");
    private static final int[] WIDTHS = {7, 44, 8, 8, 8, 8, 20, 16, 16};
    private Scorecard() {
    }

    private static final List<String> FIX_HEADERS = List.of("Mã", "Tiêu chí", "Điểm", "Điểm tối đa", "Điểm bị mất",
            "Chỉ số nếu đạt tối đa", "Chỉ số tăng", "Xếp loại khi đó", "Thứ hạng trong khối khi đó");
    private static final int[] FIX_WIDTHS = {7, 44, 8, 8, 8, 10, 8, 18, 18};

    /** notSurveyed: the survey leaves the unit was not surveyed on, which leave its denominator. */
    static byte[] write(ReportHeading heading, AssessmentView view, ScorecardSummary summary, List<Complaint> complaints,
                        Set<String> notSurveyed, List<Improvements.Improvement> fixes) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Phiếu điểm");
            ReportFormat format = new ReportFormat(workbook);
            int r = summary(sheet, format.heading(sheet, heading, WIDTHS), summary, format);
            int headerRow = r + 1;
            Row header = sheet.createRow(headerRow);
            format.headers(header, HEADERS);
            ReportFormat.fitHeight(header, WIDTHS);
            leaves(sheet, headerRow + 1, view, complaints, notSurveyed, format);
            ReportFormat.widths(sheet, WIDTHS);
            ReportFormat.printReady(sheet, headerRow, 2, HEADERS.size(), true);
            if (!fixes.isEmpty()) {
                fixes(workbook.createSheet("Nên khắc phục"), format, heading, view, fixes);
            }
            if (view.leaves().stream().anyMatch(l -> !l.evidence().isEmpty())) {
                EvidenceSignatureSheet.write(workbook.createSheet("Tài liệu kiểm chứng"), format, heading, view);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Areas with their points and component index, then the index, band and rank; returns the next free row. */
    private static int summary(Sheet sheet, int first, ScorecardSummary summary, ReportFormat format) {
        Row title = sheet.createRow(first);
        format.headers(title, List.of("", summary.source(), "Điểm áp dụng", "Điểm đạt", "Chỉ số thành phần (%)"));
        ReportFormat.fitHeight(title, WIDTHS);
        int r = first + 1;
        for (ScorecardSummary.AreaLine area : summary.areas()) {
            Row row = sheet.createRow(r++);
            format.text(row, 0, "");
            format.text(row, 1, area.name());
            format.number(row, 2, area.applicable());
            format.number(row, 3, area.achieved());
            format.number(row, 4, area.index());
            ReportFormat.fitHeight(row, WIDTHS);
        }
        r = line(sheet, r, format, "Tổng điểm", summary.points());
        r = line(sheet, r, format, "Chỉ số CCHC (%)", summary.index());
        if (summary.band() != null) {
            Row band = sheet.createRow(r++);
            format.text(band, 1, "Xếp loại");
            format.text(band, 3, summary.band());
            Row rank = sheet.createRow(r++);
            format.text(rank, 1, "Xếp hạng");
            format.text(rank, 3, summary.rank());
            sheet.addMergedRegion(new CellRangeAddress(rank.getRowNum(), rank.getRowNum(), 3, 6));
            ReportFormat.fitHeight(rank, new int[] {7, 44, 8, 48});
        }
        return r;
    }

    private static int line(Sheet sheet, int r, ReportFormat format, String label, BigDecimal value) {
        Row row = sheet.createRow(r);
        format.text(row, 1, label);
        row.getCell(1).setCellStyle(format.bold);
        format.number(row, 3, value);
        return r + 1;
    }

    private static void leaves(Sheet sheet, int first, AssessmentView view, List<Complaint> complaints,
                               Set<String> notSurveyed, ReportFormat format) {
        Map<String, List<Complaint>> byLeaf = complaints.stream().collect(Collectors.groupingBy(Complaint::leafCode));
        int r = first;
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
            format.text(row, 8, about.stream().map(c -> c.status().label()
                    + (c.decisionReason() == null ? "" : ": " + c.decisionReason())).collect(Collectors.joining("; ")));
            ReportFormat.fitHeight(row, WIDTHS);
        }
    }

    /** The leaves where the unit lost points, the largest effect on its index first, each recovered alone. */
    private static void fixes(Sheet sheet, ReportFormat format, ReportHeading card, AssessmentView view,
                              List<Improvements.Improvement> fixes) {
        int headerRow = format.heading(sheet, new ReportHeading(card.province(), "NHỮNG TIÊU CHÍ NÊN KHẮC PHỤC NĂM " + view.year(),
                "Đơn vị: " + view.unitName() + " (" + view.unitCode() + ") — mỗi dòng: kết quả nếu riêng tiêu chí đó"
                        + " đạt tối đa (điểm trừ: không bị trừ), tính bằng bộ luật của năm"), FIX_WIDTHS);
        Row header = sheet.createRow(headerRow);
        format.headers(header, FIX_HEADERS);
        ReportFormat.fitHeight(header, FIX_WIDTHS);
        int r = headerRow + 1;
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
            ReportFormat.fitHeight(row, FIX_WIDTHS);
        }
        ReportFormat.widths(sheet, FIX_WIDTHS);
        ReportFormat.printReady(sheet, headerRow, 2, FIX_HEADERS.size(), true);
    }
}
