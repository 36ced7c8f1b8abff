package vn.parindex.report;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import vn.parindex.assessment.AssessmentView;
import vn.parindex.assessment.Stage;
import vn.parindex.evidence.EvidenceFile;

/**
 * The scorecard's sheet of evidence files, each with the line on its digital signatures as the forms show it: on a
 * sheet of its own, so that the leaves' table keeps its widths and the long lines wrap in a wide column.
 */
final class EvidenceSignatureSheet {

    private static final List<String> HEADERS = List.of("Mã", "Tệp kiểm chứng", "Bước", "Chữ ký số");
    private static final int[] WIDTHS = {7, 38, 14, 76};

    private EvidenceSignatureSheet() {
    }

    static void write(Sheet sheet, ReportFormat format, ReportHeading card, AssessmentView view) {
        int headerRow = format.heading(sheet, new ReportHeading(card.province(), "TÀI LIỆU KIỂM CHỨNG VÀ CHỮ KÝ SỐ NĂM "
                + view.year(), "Đơn vị: " + view.unitName() + " (" + view.unitCode() + ") — chữ ký số trên tệp PDF, kiểm tra"
                + " theo các chứng thư gốc đã cấu hình"), WIDTHS);
        Row header = sheet.createRow(headerRow);
        format.headers(header, HEADERS);
        ReportFormat.fitHeight(header, WIDTHS);
        int r = headerRow + 1;
        for (AssessmentView.LeafView leaf : view.leaves()) {
            for (EvidenceFile file : leaf.evidence()) {
                Row row = sheet.createRow(r++);
                format.text(row, 0, leaf.code());
                format.text(row, 1, file.fileName());
                format.text(row, 2, Stage.valueOf(file.stage()).label());
                format.text(row, 3, file.signatureCheck() == null ? "Không phải tệp PDF" : file.signatureCheck().summary());
                ReportFormat.fitHeight(row, WIDTHS);
            }
        }
        ReportFormat.widths(sheet, WIDTHS);
        ReportFormat.printReady(sheet, headerRow, 2, HEADERS.size(), true);
    }
}
