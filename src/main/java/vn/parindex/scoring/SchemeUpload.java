package vn.parindex.scoring;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.parindex.audit.AuditLog;
import vn.parindex.rules.RulesFolder;
import vn.parindex.scoring.facts.Band;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Roles;
import vn.parindex.spreadsheet.SheetReader;
import vn.parindex.web.ValidationException;

/**
 * Round trip of the classification schemes through Excel: the table is validated whole, written to rules/ and the
 * rules reloaded, so a year opened from now on can choose the new schemes. Years already open keep theirs.
 */
@Service
public class SchemeUpload {

    private static final Logger log = LoggerFactory.getLogger(SchemeUpload.class);
    private final RulesFolder folder;
    private final ScoringService scoring;
    private final AuditLog audit;

    SchemeUpload(RulesFolder folder, ScoringService scoring, AuditLog audit) {
        this.folder = folder;
        this.scoring = scoring;
        this.audit = audit;
    }

    public byte[] download() {
        return SchemeWorkbook.write(folder.file(SchemeTable.FILE).orElse(""));
    }

    public Map<String, List<Band>> upload(InputStream workbook, CurrentUser user) {
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
        String before = scoring.currentRuleHash();
        folder.write(Map.of(SchemeTable.FILE, SheetReader.semicolonText(rows, SchemeTable.HEADERS.size())));
        String after = scoring.reload();
        audit.record(user.id(), "CLASSIFICATION_SCHEMES_UPLOADED", null, null, null, before, after, null);
        log.info("{} uploaded the classification schemes; rule set {}", user.id(), after);
        return scoring.currentSchemes();
    }
}
