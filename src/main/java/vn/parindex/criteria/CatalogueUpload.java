package vn.parindex.criteria;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.parindex.audit.AuditLog;
import vn.parindex.rules.RulesFolder;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Roles;
import vn.parindex.spreadsheet.SheetReader;
import vn.parindex.web.ValidationException;

/**
 * Round trip of the catalogue through Excel: download every catalogue file as a sheet; upload them back, all
 * validated first, then written to rules/catalogue/ as text. Years already open keep their own copy.
 */
@Service
public class CatalogueUpload {

    private static final Logger log = LoggerFactory.getLogger(CatalogueUpload.class);
    private final Catalogue catalogue;
    private final RulesFolder rules;
    private final AuditLog audit;

    CatalogueUpload(Catalogue catalogue, RulesFolder rules, AuditLog audit) {
        this.catalogue = catalogue;
        this.rules = rules;
        this.audit = audit;
    }

    public byte[] download() {
        return CatalogueWorkbook.write(catalogue.catalogueFiles());
    }

    /** Validates every sheet; if all are valid, replaces the catalogue files. Returns leaves per file. */
    public Map<String, Integer> upload(InputStream workbook, CurrentUser user) {
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
        rules.write(files);
        audit.record(user.id(), "CATALOGUE_UPLOADED", null, null, null, null, counts.toString(), null);
        log.info("{} uploaded the catalogue: {}", user.id(), counts);
        return counts;
    }
}
