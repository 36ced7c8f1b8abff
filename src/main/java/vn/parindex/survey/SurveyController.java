package vn.parindex.survey;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.parindex.security.CurrentUser;

@Tag(name = "Điều tra xã hội học", description = "Nhập kết quả điều tra của năm")
@RestController
@RequestMapping("/api/cycles/{year}/survey")
class SurveyController {

    private final SurveyService service;

    SurveyController(SurveyService service) {
        this.service = service;
    }

    @Operation(summary = "Nhập (thay thế) toàn bộ kết quả điều tra: đơn vị, tiêu chí, tỷ lệ %")
    @PutMapping
    Map<String, Integer> importResults(@PathVariable int year, @RequestBody List<SurveyEntry> entries, CurrentUser user) {
        return Map.of("imported", service.importResults(year, entries, user));
    }

    @Operation(summary = "Hoàn thành bước nhập kết quả điều tra")
    @PostMapping("/complete")
    ResponseEntity<Void> complete(@PathVariable int year, CurrentUser user) {
        service.complete(year, user);
        return ResponseEntity.noContent().build();
    }
}
