package vn.parindex.indicator;

import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import vn.parindex.org.ElectronicId;
import vn.parindex.org.Unit;
import vn.parindex.spreadsheet.Xlsx;

/**
 * The template of source figures: sheet "Số liệu" to fill ({@link SourceWorkbook}), the year's indicators, and the
 * year's units with both their keys, so that a portal export keyed by electronic identifier can be pasted as it is
 * and checked against the unit codes. The data sheet is left empty: rows there are figures, a month each.
 */
final class SourceTemplate {

    static final String UNITS = "Đơn vị";

    private SourceTemplate() {
    }

    static byte[] workbook(SourceWorkbook.Year year, Map<String, String> typeLabels, List<Unit> units) {
        return Xlsx.write(wb -> {
            CellStyle bold = Xlsx.boldStyle(wb);
            Xlsx.header(wb.createSheet(SourceWorkbook.SHEET), SourceWorkbook.HEADERS, bold);
            Sheet indicators = wb.createSheet("Chỉ tiêu");
            Xlsx.header(indicators, List.of("Mã chỉ tiêu", "Tên chỉ tiêu", "Tử số", "Mẫu số", "Loại đơn vị",
                    "Tiêu chí thành phần", "Kỳ cộng dồn"), bold);
            year.sourcesByType().forEach((type, sources) -> sources.forEach(s -> Xlsx.row(indicators, s.indicator(),
                    s.indicatorName(), s.numeratorLabel(), s.denominatorLabel(), typeLabels.getOrDefault(type, type),
                    s.leafCode(), s.period(year.year()))));
            Sheet unitSheet = wb.createSheet(UNITS);
            Xlsx.header(unitSheet, List.of(SourceWorkbook.HEADERS.get(0), ElectronicId.COLUMN, "Tên đơn vị", "Loại đơn vị"),
                    bold);
            units.forEach(u -> Xlsx.row(unitSheet, u.code(), u.electronicId() == null ? "" : u.electronicId(), u.name(),
                    u.type().label()));
            Xlsx.lines(wb.createSheet("Hướng dẫn"), guide(year.year()));
        });
    }

    private static List<String> guide(int year) {
        return List.of(
                "Mỗi dòng của trang \"" + SourceWorkbook.SHEET + "\": số liệu một tháng của một chỉ tiêu của một đơn vị.",
                "Đơn vị: ghi mã đơn vị, mã định danh điện tử (như trên Cổng Dịch vụ công quốc gia) hoặc cả hai; ghi cả "
                        + "hai thì hai mã phải của cùng một đơn vị. Trang \"" + UNITS + "\" liệt kê các đơn vị của năm "
                        + "với cả hai mã; mã định danh được khai trong danh mục đơn vị.",
                "Mã chỉ tiêu: một mã trong trang \"Chỉ tiêu\" dùng cho loại của đơn vị.",
                "Kỳ: tháng/năm (ví dụ 3/" + year + "), trong kỳ cộng dồn của chỉ tiêu.",
                "Tử số, mẫu số: số hồ sơ (số nguyên từ 0, tử số không lớn hơn mẫu số); không nhập tỷ lệ %.",
                "Nguồn số liệu: hệ thống trích xuất (ví dụ Cổng Dịch vụ công quốc gia); ngày trích xuất: ngày/tháng/năm.",
                "Nhập lại một tháng đã nhập thì thay số liệu của tháng đó; tệp có lỗi không được nhập dòng nào.",
                "Số liệu cộng dồn được điền sẵn vào hồ sơ tự đánh giá; đơn vị xác nhận hoặc sửa kèm giải trình.");
    }
}
