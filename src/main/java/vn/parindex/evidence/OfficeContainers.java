package vn.parindex.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.springframework.core.io.InputStreamSource;
import vn.parindex.web.UserFacingException;

/**
 * Office files are what their type claims: a .docx holds {@code word/document.xml}, an .xlsx {@code xl/workbook.xml};
 * neither carries macros, executables or web pages. Tika recognises any ZIP by its bytes and lets the name make it a
 * .docx, so the container is opened and its parts named here.
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
    private static final int MAX_ENTRIES = 10_000;

    private OfficeContainers() {
    }

    static void check(String mediaType, String fileName, InputStreamSource source) throws IOException {
        String required = REQUIRED_PART.get(mediaType);
        if (required != null) {
            try (InputStream in = source.getInputStream()) {
                checkZip(required, fileName, new ZipInputStream(in));
            }
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

    private static void checkZip(String required, String fileName, ZipInputStream zip) throws IOException {
        boolean found = false;
        int entries = 0;
        try {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (++entries > MAX_ENTRIES) {
                    throw refused(fileName, "có quá nhiều thành phần");
                }
                if (name.equalsIgnoreCase(required)) {
                    found = true;
                }
                String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
                if (name.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin")) {
                    throw refused(fileName, "chứa macro");
                }
                if (FORBIDDEN_EXTENSIONS.contains(extension) || startsWithExecutableHeader(zip)) {
                    throw refused(fileName, "chứa tệp chạy được hoặc trang web (" + name + ")");
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw refused(fileName, "bị hỏng");
        }
        if (!found) {
            throw refused(fileName, "không phải tài liệu Office hợp lệ (thiếu " + required + ")");
        }
    }

    /** "MZ": the first bytes of a Windows program or library, whatever its name inside the archive. */
    private static boolean startsWithExecutableHeader(InputStream entry) throws IOException {
        byte[] head = entry.readNBytes(2);
        return head.length == 2 && head[0] == 'M' && head[1] == 'Z';
    }

    private static UserFacingException refused(String fileName, String why) {
        return UserFacingException.badRequest("Tệp \"" + fileName + "\" " + why + "; không nhận tệp này.");
    }
}
