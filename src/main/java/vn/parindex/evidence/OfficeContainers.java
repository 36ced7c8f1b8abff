package vn.parindex.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.springframework.core.io.InputStreamSource;
import vn.parindex.spreadsheet.OfficeArchive;
import vn.parindex.spreadsheet.SheetReader;
import vn.parindex.web.UserFacingException;

/**
 * Office files are what their type claims: a .docx holds {@code word/document.xml}, an .xlsx {@code xl/workbook.xml};
 * neither carries macros, executables or web pages. Tika recognises any ZIP by its bytes and lets the name make it a
 * .docx, so the container is opened and its parts named here, within the bounds of an imported workbook
 * ({@link OfficeArchive}): complete, no zip bomb, no document type declared in its XML.
 */
final class OfficeContainers {

    private static final Map<String, String> REQUIRED_PART = Map.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "word/document.xml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xl/workbook.xml");
    private static final Set<String> OLE = Set.of("application/msword", "application/vnd.ms-excel");
    /** Storages where Word and Excel keep VBA macros in the old binary formats. */
    private static final Set<String> OLE_MACROS = Set.of("Macros", "_VBA_PROJECT_CUR", "_VBA_PROJECT");
    private static final Set<String> FORBIDDEN_EXTENSIONS = Set.of("exe", "dll", "com", "scr", "msi", "bat", "cmd",
            "ps1", "vbs", "js", "jar", "sh", "hta", "htm", "html");

    private OfficeContainers() {
    }

    static void check(String mediaType, String fileName, InputStreamSource source, SheetReader.Bounds bounds)
            throws IOException {
        String required = REQUIRED_PART.get(mediaType);
        if (required != null) {
            checkOpenXml(required, fileName, source, bounds);
        } else if (OLE.contains(mediaType)) {
            try (InputStream in = source.getInputStream(); POIFSFileSystem ole = new POIFSFileSystem(in)) {
                DirectoryNode root = ole.getRoot();
                if (OLE_MACROS.stream().anyMatch(root::hasEntry)) {
                    throw refused(fileName, "chứa macro");
                }
            } catch (IOException | RuntimeException e) {
                if (e instanceof UserFacingException u) {
                    throw u;
                }
                throw refused(fileName, "không phải tệp Word/Excel hợp lệ");
            }
        }
    }

    /** From a temporary copy: a ZIP archive is read from its end, where a truncated one is found out. */
    private static void checkOpenXml(String required, String fileName, InputStreamSource source, SheetReader.Bounds bounds)
            throws IOException {
        Path copy = Files.createTempFile("par-evidence-", ".zip");
        try {
            try (InputStream in = source.getInputStream()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            List<String> parts = new ArrayList<>();
            OfficeArchive.inspect(copy, bounds, (name, head) -> {
                checkPart(fileName, name, head);
                parts.add(name);
            });
            if (parts.stream().noneMatch(required::equalsIgnoreCase)) {
                throw refused(fileName, "không phải tài liệu Office hợp lệ (thiếu " + required + ")");
            }
        } catch (OfficeArchive.Refused e) {
            throw refused(fileName, e.getMessage());
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private static void checkPart(String fileName, String name, byte[] head) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith("vbaproject.bin")) {
            throw refused(fileName, "chứa macro");
        }
        if (FORBIDDEN_EXTENSIONS.contains(lower.substring(lower.lastIndexOf('.') + 1)) || isExecutable(head)) {
            throw refused(fileName, "chứa tệp chạy được hoặc trang web (" + name + ")");
        }
    }

    /** "MZ": the first bytes of a Windows program or library, whatever its name inside the archive. */
    private static boolean isExecutable(byte[] head) {
        return head.length >= 2 && head[0] == 'M' && head[1] == 'Z';
    }

    private static UserFacingException refused(String fileName, String why) {
        return UserFacingException.badRequest("Tệp \"" + fileName + "\" " + why + "; không nhận tệp này.");
    }
}
