package vn.parindex.org;

import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import vn.parindex.spreadsheet.Xlsx;
import vn.parindex.web.Text;

/**
 * The units registry template: its first sheet ("Đơn vị") has the columns {@link UnitRegistry} loads, filled and
 * uploaded as it is; a guide says what each column takes, and the sheets after it list the unit types of the rule set
 * and the ranking blocks in use.
 */
final class UnitSheet {

    static final String SHEET = "Đơn vị";
    static final String GUIDE = "Hướng dẫn";
    static final String TYPES = "Loại đơn vị";
    static final String BLOCKS = "Khối xếp hạng";

    private UnitSheet() {
    }

    /** The template, with the rule set's unit types and the blocks in use with their number of units. */
    static byte[] template(List<UnitType> types, Map<String, Long> blocks) {
        return Xlsx.write(workbook -> {
            CellStyle bold = Xlsx.boldStyle(workbook);
            Xlsx.header(workbook.createSheet(SHEET), UnitRegistry.HEADERS, bold);
            Xlsx.lines(workbook.createSheet(GUIDE), guide(types));
            Sheet typeSheet = workbook.createSheet(TYPES);
            Xlsx.header(typeSheet, List.of("Mã loại", "Tên loại"), bold);
            types.forEach(t -> Xlsx.row(typeSheet, t.code(), t.label()));
            Sheet blockSheet = workbook.createSheet(BLOCKS);
            Xlsx.header(blockSheet, List.of("Khối xếp hạng", "Số đơn vị trong danh mục"), bold);
            blocks.forEach((block, count) -> Xlsx.row(blockSheet, block, String.valueOf(count)));
        });
    }

    private static List<String> guide(List<UnitType> types) {
        List<String> h = UnitRegistry.HEADERS;
        return List.of(
                "Mỗi dòng của trang \"" + SHEET + "\" là một đơn vị; giữ nguyên dòng tiêu đề. Đơn vị có mã đã có trong "
                        + "danh mục được cập nhật, mã mới được thêm.",
                h.get(0) + ": bắt buộc, 1–32 chữ cái không dấu, chữ số, '.' hoặc '_' (ví dụ HP_STP); mỗi mã một dòng.",
                h.get(1) + ": bắt buộc, tên đầy đủ trên một dòng, tối đa " + Text.NAME_CHARS + " ký tự.",
                h.get(2) + ": bắt buộc, mã hoặc tên một loại của bộ tiêu chí (trang \"" + TYPES + "\"): "
                        + String.join("; ", types.stream().map(t -> t.code() + " – " + t.label()).toList()) + ".",
                h.get(3) + ": bắt buộc, tối đa 64 ký tự; các đơn vị cùng khối được xếp hạng với nhau, khác khối thì "
                        + "không. Khối đang dùng ở trang \"" + BLOCKS + "\"; viết đúng tên khối (một khối mới là một bảng "
                        + "xếp hạng mới).",
                h.get(4) + ": để trống, hoặc mã một đơn vị trong tệp hoặc đã có trong danh mục.",
                h.get(5) + ": bắt buộc, ngày đơn vị bắt đầu hoạt động, dạng dd/mm/yyyy (ví dụ 01/07/2025) hoặc ô kiểu ngày.",
                h.get(6) + ": để trống nếu đơn vị còn hoạt động; nếu không, ngày cuối cùng đơn vị hoạt động (dd/mm/yyyy), "
                        + "không trước ngày bắt đầu.",
                h.get(7) + ": khi đơn vị được hình thành từ đơn vị khác (hợp nhất, sáp nhập), mã các đơn vị đó cách nhau "
                        + "bởi dấu phẩy, ví dụ \"SNV, SLDTBXH\"; mỗi đơn vị tiền thân phải có trong tệp hoặc danh mục và "
                        + "hết hiệu lực trước ngày đơn vị mới bắt đầu. Kết quả qua các năm được nối theo liên kết này.",
                "Một năm đánh giá gồm các đơn vị còn hiệu lực vào ngày chốt danh sách của năm, không bao giờ cả đơn vị "
                        + "lẫn đơn vị kế tục.",
                "Tệp có lỗi bị từ chối toàn bộ, mỗi lỗi nêu dòng và cột: không đơn vị nào được thêm hay sửa.");
    }
}
