package vn.parindex.ranking;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.parindex.security.CurrentUser;
import vn.parindex.web.UserFacingException;

@Tag(name = "Kết quả", description = "Kết quả sơ bộ và chính thức, xếp hạng theo khối")
@RestController
class ResultController {

    private final ResultService results;

    ResultController(ResultService results) {
        this.results = results;
    }

    @Operation(summary = "Kết quả của năm theo giai đoạn (PRELIMINARY: sơ bộ, FINAL: chính thức), xếp theo khối và thứ hạng")
    @GetMapping("/api/cycles/{year}/results")
    List<UnitResult> results(@PathVariable int year, @RequestParam(defaultValue = ResultService.FINAL) String stage,
                             CurrentUser user) {
        if (!ResultService.PRELIMINARY.equals(stage) && !ResultService.FINAL.equals(stage)) {
            throw UserFacingException.badRequest("Giai đoạn kết quả phải là PRELIMINARY hoặc FINAL.");
        }
        return results.results(year, stage);
    }
}
