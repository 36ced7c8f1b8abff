package vn.parindex.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.parindex.org.Units;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.RoleNames;
import vn.parindex.security.Roles;
import vn.parindex.spreadsheet.SheetReader;
import vn.parindex.spreadsheet.Xlsx;

@Tag(name = "Tài khoản", description = "Tài khoản của đơn vị và cán bộ, mật khẩu, lĩnh vực thẩm định")
@RestController
class AccountController {

    /** The accounts an import created and updated: the workbook it answers with is the passwords' alone. */
    static final String CREATED_HEADER = "Accounts-Created";
    static final String UPDATED_HEADER = "Accounts-Updated";

    record PasswordReset(String password) {
    }

    record OwnPassword(String currentPassword, String newPassword) {
    }

    private final Accounts accounts;
    private final AccountImport importer;
    private final Units units;
    private final AssessedAreas assessedAreas;

    AccountController(Accounts accounts, AccountImport importer, Units units, AssessedAreas assessedAreas) {
        this.accounts = accounts;
        this.importer = importer;
        this.units = units;
        this.assessedAreas = assessedAreas;
    }

    @Operation(summary = "Danh sách tài khoản (cơ quan thường trực)")
    @GetMapping("/api/accounts")
    List<Accounts.Account> list(CurrentUser user) {
        return accounts.list(user);
    }

    @Operation(summary = "Tải mẫu tài khoản (.xlsx): tên đăng nhập, họ tên, đơn vị hoặc vai trò, thư điện tử, điện thoại, lĩnh vực")
    @GetMapping("/api/accounts/template.xlsx")
    ResponseEntity<byte[]> template(CurrentUser user) {
        user.requireStandingBodyOrAdmin();
        Map<String, String> roles = new LinkedHashMap<>(RoleNames.all());
        roles.remove(Roles.ADMIN);
        if (!user.inGroup(Roles.ADMIN)) {
            roles.keySet().removeAll(Roles.ADMINISTERED);
        }
        return Xlsx.attachment("mau-tai-khoan.xlsx")
                .body(AccountSheet.template(roles, units.findAll(), assessedAreas.titles(), assessedAreas.codes()));
    }

    @Operation(summary = "Tạo và cập nhật tài khoản từ tệp Excel; trả về tệp mật khẩu ban đầu của các tài khoản mới (chỉ một lần)",
            responses = @ApiResponse(responseCode = "200", description = "Tệp mật khẩu ban đầu", headers = {
                    @Header(name = CREATED_HEADER, description = "Số tài khoản mới tạo", schema = @Schema(type = "integer")),
                    @Header(name = UPDATED_HEADER, description = "Số tài khoản đã có được cập nhật", schema = @Schema(type = "integer"))}))
    @PostMapping(path = "/api/accounts/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<byte[]> importAccounts(@RequestParam("file") MultipartFile file, CurrentUser user) throws IOException {
        user.requireStandingBodyOrAdmin();
        try (InputStream in = file.getInputStream()) {
            List<AccountSheet.Handover> handed = importer.load(SheetReader.xlsxSheets(in), user);
            long created = handed.stream().filter(AccountSheet.Handover::isNew).count();
            return Xlsx.attachment("mat-khau-ban-dau.xlsx").cacheControl(CacheControl.noStore())
                    .header(CREATED_HEADER, String.valueOf(created))
                    .header(UPDATED_HEADER, String.valueOf(handed.size() - created))
                    .body(AccountSheet.handover(handed));
        }
    }

    @Operation(summary = "Cấp lại mật khẩu (trả về một lần; người dùng phải đổi ở lần đăng nhập sau)")
    @PostMapping("/api/accounts/{login}/password-reset")
    ResponseEntity<PasswordReset> reset(@PathVariable String login, CurrentUser user) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new PasswordReset(accounts.resetPassword(login, user)));
    }

    @Operation(summary = "Mở khóa đăng nhập: xóa thời gian chờ sau các lần đăng nhập sai")
    @PostMapping("/api/accounts/{login}/unlock")
    ResponseEntity<Void> unlock(@PathVariable String login, CurrentUser user) {
        accounts.unlock(login, user);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Phân công lĩnh vực thẩm định cho thành viên tổ thẩm định")
    @PutMapping("/api/accounts/{login}/areas")
    ResponseEntity<Void> areas(@PathVariable String login, @RequestBody Set<String> areas, CurrentUser user) {
        accounts.assignAreas(login, areas, user);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Đổi mật khẩu của chính mình")
    @PostMapping("/api/me/password")
    ResponseEntity<Void> changeOwn(@RequestBody OwnPassword body, CurrentUser user) {
        accounts.changeOwnPassword(user, body.currentPassword(), body.newPassword());
        return ResponseEntity.noContent().build();
    }
}
