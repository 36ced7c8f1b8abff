package vn.parindex.scoring;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.parindex.audit.AuditLog;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Roles;
import vn.parindex.web.ValidationException;

@Tag(name = "Bộ luật chấm điểm", description = "Nạp lại luật từ thư mục rules/")
@RestController
class RulesController {

    private static final Logger log = LoggerFactory.getLogger(RulesController.class);
    private final ScoringService scoring;
    private final AuditLog audit;

    RulesController(ScoringService scoring, AuditLog audit) {
        this.scoring = scoring;
        this.audit = audit;
    }

    @Operation(summary = "Biên dịch lại luật trong rules/; nếu có lỗi, giữ nguyên bộ luật đang dùng và trả về danh sách lỗi")
    @PostMapping("/api/rules/reload")
    Map<String, String> reload(CurrentUser user) {
        user.requireGroup(Roles.STANDING_BODY);
        String before = scoring.currentRuleHash();
        try {
            String after = scoring.reload();
            audit.record(user.id(), "RULES_RELOADED", null, null, null, before, after, null);
            return Map.of("ruleHash", after);
        } catch (IllegalStateException e) {
            log.warn("Rule reload by {} failed: {}", user.id(), e.getMessage());
            throw new ValidationException("Bộ luật mới có lỗi biên dịch; vẫn dùng bộ luật hiện tại.",
                    List.of(e.getMessage().split("\n")));
        }
    }
}
