package vn.parindex.scoring;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.parindex.rules.RuleSetVersion;
import vn.parindex.rules.RuleSets;
import vn.parindex.scoring.facts.Band;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Roles;
import vn.parindex.spreadsheet.SheetReader;
import vn.parindex.web.ValidationException;

/**
 * Round trip of the classification schemes through Excel: the table is validated whole and becomes a draft of the
 * rule set; once the standing body adopts it, a year opened from then on can choose the new schemes. Years already
 * open keep theirs.
 */
@Service
public class SchemeUpload {

    private static final Logger log = LoggerFactory.getLogger(SchemeUpload.class);
    private final RuleSets ruleSets;
    private final ScoringService scoring;

    SchemeUpload(RuleSets ruleSets, ScoringService scoring) {
        this.ruleSets = ruleSets;
        this.scoring = scoring;
    }

    /** The draft an upload made, its schemes and what to tell the standing body. */
    public record Draft(RuleSetVersion ruleSet, Map<String, List<Band>> schemes, String message) {
    }

    public byte[] download() {
        return SchemeWorkbook.write(ruleSets.file(SchemeTable.FILE).orElse(""));
    }

    public Draft upload(InputStream workbook, CurrentUser user) {
        user.requireGroup(Roles.STANDING_BODY);
        List<List<String>> rows = SheetReader.xlsxSheets(workbook).get(SchemeWorkbook.SHEET);
        String location = "Trang tính \"" + SchemeWorkbook.SHEET + "\"";
        if (rows == null) {
            throw ValidationException.single("Thiếu trang tính \"" + SchemeWorkbook.SHEET + "\".");
        }
        List<String> problems = new ArrayList<>(SheetReader.unwritableCells(rows, location));
        try {
            SchemeTable.parse(rows, location);
        } catch (ValidationException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(SchemeTable.refusal(problems.size()), problems);
        }
        RuleSetVersion draft = ruleSets.draft(Map.of(SchemeTable.FILE, SheetReader.semicolonText(rows, SchemeTable.HEADERS.size())),
                "Bảng cách xếp loại", user.id());
        Map<String, List<Band>> schemes = scoring.schemes(ruleSets.version(draft.id()));
        log.info("{} uploaded the classification schemes as draft {}", user.id(), draft.id());
        return new Draft(draft, schemes, "Đã lập bản nháp số " + draft.id() + " (" + schemes.size()
                + " cách xếp loại). So sánh và áp dụng ở mục Phiên bản bộ luật.");
    }
}
