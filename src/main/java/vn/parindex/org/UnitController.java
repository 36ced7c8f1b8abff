package vn.parindex.org;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Roles;
import vn.parindex.spreadsheet.SheetReader;
import vn.parindex.spreadsheet.Xlsx;
import vn.parindex.web.UserFacingException;

@Tag(name = "Đơn vị", description = "Danh mục đơn vị được đánh giá")
@RestController
@RequestMapping("/api/units")
class UnitController {

    private final UnitRepository units;
    private final UnitRegistry registry;
    private final UnitTypes types;

    UnitController(UnitRepository units, UnitRegistry registry, UnitTypes types) {
        this.units = units;
        this.registry = registry;
        this.types = types;
    }

    @Operation(summary = "Danh sách đơn vị, kể cả mã định danh điện tử (electronicId) của đơn vị có mã này")
    @GetMapping
    List<Unit> list() {
        return units.findAll();
    }

    @Operation(summary = "Tải mẫu danh mục đơn vị (.xlsx) kèm hướng dẫn: các cột, loại đơn vị của bộ tiêu chí, khối xếp hạng"
            + " đang dùng, định dạng ngày, cách ghi đơn vị tiền thân")
    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template(CurrentUser user) {
        user.requireStandingBodyOrAdmin();
        return Xlsx.attachment("mau-danh-muc-don-vi.xlsx").body(UnitSheet.workbook(List.of(), types.all(),
                blocks(units.findAll())));
    }

    @Operation(summary = "Tải danh mục đơn vị hiện có (.xlsx), cùng cột với mẫu, kể cả mã định danh điện tử; sửa rồi nạp lại")
    @GetMapping("/registry.xlsx")
    ResponseEntity<byte[]> registry(CurrentUser user) {
        user.requireStandingBodyOrAdmin();
        List<Unit> all = units.findAll();
        return Xlsx.attachment("danh-muc-don-vi.xlsx").body(UnitSheet.workbook(all, types.all(), blocks(all)));
    }

    private static Map<String, Long> blocks(List<Unit> all) {
        return all.stream().collect(Collectors.groupingBy(Unit::rankingBlock, TreeMap::new, Collectors.counting()));
    }

    @Operation(summary = "Một đơn vị")
    @GetMapping("/{code}")
    Unit one(@PathVariable String code) {
        return units.find(code).orElseThrow(() -> UserFacingException.notFound("Không có đơn vị mã " + code + "."));
    }

    @Operation(summary = "Nạp danh mục đơn vị từ tệp Excel (.xlsx); tệp có lỗi bị từ chối toàn bộ")
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    UnitRegistry.Loaded importUnits(@RequestParam("file") MultipartFile file, CurrentUser user) throws IOException {
        user.requireGroup(Roles.STANDING_BODY);
        try (InputStream in = file.getInputStream()) {
            return registry.load(SheetReader.xlsx(in), user.id());
        }
    }
}
