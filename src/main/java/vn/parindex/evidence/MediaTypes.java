package vn.parindex.evidence;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Detects a file's media type from its first bytes; the client's claim is never trusted. */
final class MediaTypes {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private MediaTypes() {
    }

    static Optional<String> detect(byte[] head, String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (startsWith(head, PDF)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(head, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(head, JPEG)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(head, ZIP) && name.endsWith(".docx")) {
            return Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        }
        if (startsWith(head, ZIP) && name.endsWith(".xlsx")) {
            return Optional.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        }
        if (startsWith(head, OLE) && name.endsWith(".doc")) {
            return Optional.of("application/msword");
        }
        if (startsWith(head, OLE) && name.endsWith(".xls")) {
            return Optional.of("application/vnd.ms-excel");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
