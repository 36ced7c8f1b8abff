package vn.parindex.criteria;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.parindex.rules.RuleSetVersion;
import vn.parindex.rules.RuleSets;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Roles;
import vn.parindex.spreadsheet.SheetReader;
import vn.parindex.web.ValidationException;

/**
 * Round trip of the catalogue through Excel: download every catalogue file as a sheet; upload them back, all
 * validated first, as a draft of the rule set the standing body then adopts. Years already open keep their own copy.
 */
@Service
public class CatalogueUpload {

    private static final Logger log = LoggerFactory.getLogger(CatalogueUpload.class);
    private final Catalogue catalogue;
    private final RuleSets ruleSets;

    CatalogueUpload(Catalogue catalogue, RuleSets ruleSets) {
        this.catalogue = catalogue;
        this.ruleSets = ruleSets;
    }

    /** The draft an upload made, the leaves of each catalogue file and what to tell the standing body. */
    public record Draft(RuleSetVersion ruleSet, Map<String, Integer> leaves, String message) {
    }

    public byte[] download() {
        return CatalogueWorkbook.write(catalogue.catalogueFiles());
    }

    /** Validates every sheet; if all are valid, drafts the rule set with these catalogue files. */
    public Draft upload(InputStream workbook, CurrentUser user) {
        user.requireGroup(Roles.STANDING_BODY);
        Map<String, List<List<String>>> sheets = SheetReader.xlsxSheets(workbook);
        List<String> problems = new ArrayList<>();
        Map<String, String> files = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<String> catalogueFiles = List.copyOf(catalogue.catalogueFiles().keySet());
        List<String> expected = catalogueFiles.stream().map(CatalogueWorkbook::sheetName).toList();
        for (String file : catalogueFiles) {
            String sheet = CatalogueWorkbook.sheetName(file);
            List<List<String>> rows = sheets.get(sheet);
            if (rows == null) {
                problems.add("Thiếu trang tính \"" + sheet + "\".");
                continue;
            }
            String location = "Trang tính \"" + sheet + "\"";
            problems.addAll(SheetReader.unwritableCells(rows, location));
            try {
                counts.put(file, Catalogue.parse(rows, location).size());
                files.put("catalogue/" + file, SheetReader.semicolonText(rows, CatalogueColumn.values().length));
            } catch (ValidationException e) {
                problems.addAll(e.problems());
            }
        }
        sheets.keySet().stream().filter(s -> !s.equals(CatalogueWorkbook.GUIDE))
                .filter(s -> !expected.contains(s))
                .forEach(s -> problems.add("Trang tính \"" + s + "\" không thuộc bộ tiêu chí."));
        if (!problems.isEmpty()) {
            throw new ValidationException("Tệp bộ tiêu chí có " + problems.size() + " lỗi; chưa thay đổi gì.", problems);
        }
        RuleSetVersion draft = ruleSets.draft(files, "Bộ tiêu chí", user.id());
        log.info("{} uploaded the catalogue as draft {}: {}", user.id(), draft.id(), counts);
        return new Draft(draft, counts, "Đã lập bản nháp số " + draft.id() + " của bộ tiêu chí: " + counts.entrySet().stream()
                .map(c -> c.getKey() + " (" + c.getValue() + " tiêu chí thành phần)").collect(Collectors.joining(", "))
                + ". So sánh và áp dụng ở mục Phiên bản bộ luật.");
    }
}
