package vn.parindex.account;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import vn.parindex.org.Unit;
import vn.parindex.spreadsheet.Xlsx;

/**
 * The accounts workbook: a row per account of a unit or of the province's staff, the standing body fills the
 * template's first sheet ("Tài khoản") and uploads it; the sheets after it list the roles, units and areas to choose from.
 * The handover workbook gives the initial passwords of the accounts an import created, once.
 */
final class AccountSheet {

    static final String SHEET = "Tài khoản";
    private static final String AREAS = "Lĩnh vực";
    static final List<String> HEADERS = List.of("Tên đăng nhập", "Họ và tên", "Đơn vị hoặc vai trò", "Thư điện tử",
            "Điện thoại", "Lĩnh vực thẩm định");

    /** What the standing body hands to one person: the password is null for an account that keeps its own. */
    record Handover(String login, String name, String unitOrRole, String password) {

        /** Created by the import, so handed a password; an existing account keeps its own. */
        boolean isNew() {
            return password != null;
        }
    }

    private AccountSheet() {
    }

    static byte[] template(Map<String, String> roles, List<Unit> units, Map<String, String> areas, Set<String> appraised) {
        return Xlsx.write(workbook -> {
            CellStyle bold = Xlsx.boldStyle(workbook);
            Sheet accounts = workbook.createSheet(SHEET);
            Xlsx.header(accounts, HEADERS, bold);
            Sheet help = workbook.createSheet("Hướng dẫn");
            List<String> lines = List.of(
                    "Mỗi dòng của trang \"" + SHEET + "\" là một tài khoản; tên đăng nhập gồm chữ thường không dấu, số, '.', '_' hoặc '-'.",
                    "Cột \"Đơn vị hoặc vai trò\": mã đơn vị (trang \"Đơn vị\") hoặc mã vai trò (trang \"Vai trò\").",
                    "Cột \"Lĩnh vực thẩm định\": chỉ cho thành viên tổ thẩm định, các mã lĩnh vực cách nhau bởi dấu phẩy: "
                            + String.join(", ", appraised) + " (trang \"" + AREAS + "\"; lĩnh vực chấm bằng điều tra xã hội "
                            + "học không phân công cho ai).",
                    "Tài khoản đã có được cập nhật (giữ mật khẩu); tài khoản mới nhận mật khẩu ban đầu trong tệp trả về, "
                            + "phải đổi ở lần đăng nhập đầu.",
                    "Tệp có lỗi bị từ chối toàn bộ: không tài khoản nào được tạo hay sửa.");
            Xlsx.lines(help, lines);
            Sheet roleSheet = workbook.createSheet("Vai trò");
            Xlsx.header(roleSheet, List.of("Mã vai trò", "Vai trò"), bold);
            roles.forEach((id, name) -> Xlsx.row(roleSheet, id, name));
            Sheet unitSheet = workbook.createSheet("Đơn vị");
            Xlsx.header(unitSheet, List.of("Mã đơn vị", "Tên đơn vị"), bold);
            units.forEach(u -> Xlsx.row(unitSheet, u.code(), u.name()));
            Sheet areaSheet = workbook.createSheet(AREAS);
            Xlsx.header(areaSheet, List.of("Mã lĩnh vực", "Tên lĩnh vực", "Cách chấm"), bold);
            areas.forEach((code, title) -> Xlsx.row(areaSheet, code, title,
                    appraised.contains(code) ? "Tổ thẩm định chấm" : "Điều tra xã hội học (không phân công)"));
        });
    }

    static byte[] handover(List<Handover> accounts) {
        return Xlsx.write(workbook -> {
            Sheet sheet = workbook.createSheet("Mật khẩu ban đầu");
            Xlsx.header(sheet, List.of("Tên đăng nhập", "Họ và tên", "Đơn vị hoặc vai trò", "Mật khẩu ban đầu", "Ghi chú"),
                    Xlsx.boldStyle(workbook));
            for (Handover a : accounts) {
                Xlsx.row(sheet, a.login(), a.name(), a.unitOrRole(), a.isNew() ? a.password() : "",
                        a.isNew() ? "Đổi mật khẩu ở lần đăng nhập đầu." : "Tài khoản đã có: giữ mật khẩu đang dùng.");
            }
        });
    }
}
