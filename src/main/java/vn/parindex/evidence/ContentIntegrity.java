package vn.parindex.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import vn.parindex.web.UserFacingException;

/**
 * What every content store guarantees its readers: the bytes handed out are the ones the hash names, and content that
 * is gone says so instead of reading as an empty file.
 */
final class ContentIntegrity {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private ContentIntegrity() {
    }

    /** A hash becomes a key and a lock id: anything but 64 lowercase hex digits is refused before it gets there. */
    static String checkedHash(String sha256) {
        if (!isHash(sha256)) {
            throw new IllegalArgumentException("Not a SHA-256 in hex: " + sha256);
        }
        return sha256;
    }

    static boolean isHash(String text) {
        return text != null && SHA256_HEX.matcher(text).matches();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Hashes the content as it is read and fails the read that reaches its end if the hash differs. The mismatch is
     * only known then, when the bytes are handed on already: the reader's copy is cut off by the exception (a download
     * breaks off) rather than completed with wrong content.
     */
    static InputStream verifying(String sha256, InputStream content) {
        MessageDigest digest = sha256();
        return new DigestInputStream(content, digest) {
            private boolean verified;

            @Override
            public int read() throws IOException {
                return atEnd(super.read());
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return atEnd(super.read(b, off, len));
            }

            private int atEnd(int result) throws IOException {
                if (result == -1 && !verified) {
                    verified = true;
                    verify(sha256, digest);
                }
                return result;
            }
        };
    }

    /** Reads the content to its end, for its hash check alone. */
    static void readVerified(String sha256, InputStream content) throws IOException {
        try (InputStream in = verifying(sha256, content)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }

    static void verify(String sha256, MessageDigest digest) throws ContentCorruptedException {
        String actual = HexFormat.of().formatHex(digest.digest());
        if (!actual.equals(sha256)) {
            throw new ContentCorruptedException("Evidence content " + sha256 + " reads back with SHA-256 " + actual);
        }
    }

    /** The user asked for a file whose content the store does not have; the operator must restore it. */
    static UserFacingException missing() {
        return UserFacingException.notFound(
                "Không tìm thấy nội dung của tệp kiểm chứng trong kho lưu trữ. Vui lòng báo quản trị hệ thống.");
    }

    /** Stored bytes that no longer match their hash: damaged or altered in the store. */
    static final class ContentCorruptedException extends IOException {
        ContentCorruptedException(String message) {
            super(message);
        }
    }
}
