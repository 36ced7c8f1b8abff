package vn.parindex.org;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import vn.parindex.spreadsheet.Xlsx;
import vn.parindex.web.Text;

/**
 * The units registry workbook: its first sheet ("Đơn vị") has the columns {@link UnitRegistry} loads, filled and
 * uploaded as it is — empty in the template, one row per registered unit in the export, which loads back unchanged;
 * a guide says what each column takes, and the sheets after it list the unit types of the rule set and the ranking
 * blocks in use.
 */
final class UnitSheet {

    static final String SHEET = "Đơn vị";
    static final String GUIDE = "Hướng dẫn";
    static final String TYPES = "Loại đơn vị";
    static final String BLOCKS = "Khối xếp hạng";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private UnitSheet() {
    }

    /**
     * The workbook of these units (none: the template), with the rule set's unit types and the blocks in use with their
     * number of units.
     */
    static byte[] workbook(List<Unit> units, List<UnitType> types, Map<String, Long> blocks) {
        return Xlsx.write(workbook -> {
            CellStyle bold = Xlsx.boldStyle(workbook);
            Sheet unitSheet = workbook.createSheet(SHEET);
            Xlsx.header(unitSheet, UnitRegistry.COLUMNS, bold);
            units.forEach(u -> Xlsx.row(unitSheet, u.code(), u.name(), u.type().code(), u.rankingBlock(), text(u.parentCode()),
                    day(u.validFrom()), day(u.validTo()), String.join(", ", u.predecessors()), text(u.electronicId())));
            Xlsx.lines(workbook.createSheet(GUIDE), guide(types));
            Sheet typeSheet = workbook.createSheet(TYPES);
            Xlsx.header(typeSheet, List.of("Mã loại", "Tên loại"), bold);
            types.forEach(t -> Xlsx.row(typeSheet, t.code(), t.label()));
            Sheet blockSheet = workbook.createSheet(BLOCKS);
            Xlsx.header(blockSheet, List.of("Khối xếp hạng", "Số đơn vị trong danh mục"), bold);
            blocks.forEach((block, count) -> Xlsx.row(blockSheet, block, String.valueOf(count)));
        });
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String day(LocalDate day) {
        return day == null ? "" : day.format(DAY);
    }

    private static List<String> guide(List<UnitType> types) {
        List<String> h = UnitRegistry.COLUMNS;
        return List.of(
                "Mỗi dòng của trang \"" + SHEET + "\" là một đơn vị; giữ nguyên dòng tiêu đề. Đơn vị có mã đã có trong "
                        + "danh mục được cập nhật, mã mới được thêm; đơn vị không có trong tệp giữ nguyên. Danh mục tải về "
                        + "đã có sẵn mọi đơn vị: sửa rồi nạp lại.",
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
                h.get(8) + ": không bắt buộc; mã định danh điện tử của cơ quan theo Quyết định 20/2020/QĐ-TTg, như trên "
                        + "Cổng Dịch vụ công quốc gia (ví dụ 000.00.21.H23): " + ElectronicId.SHAPE_TEXT + ", mỗi mã "
                        + "của một đơn vị. Số liệu nguồn có thể nhận diện đơn vị theo mã này. Ô để trống: đơn vị không có "
                        + "mã định danh (mã đã có bị xóa); tệp không có cột này (mẫu cũ): mã định danh đã có giữ nguyên.",
                "Một năm đánh giá gồm các đơn vị còn hiệu lực vào ngày chốt danh sách của năm, không bao giờ cả đơn vị "
                        + "lẫn đơn vị kế tục.",
                "Tệp có lỗi bị từ chối toàn bộ, mỗi lỗi nêu dòng và cột: không đơn vị nào được thêm hay sửa.");
    }
}
