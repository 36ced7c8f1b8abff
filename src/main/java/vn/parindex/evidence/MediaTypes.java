package vn.parindex.evidence;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;

/**
 * A file's media type from its bytes (Apache Tika's magic); the client's claim is never trusted. The name may only
 * narrow a container the bytes were recognised as (a ZIP to .docx, an OLE file to .xls), never stand in for them.
 */
final class MediaTypes {

    private static final Tika TIKA = new Tika();

    private MediaTypes() {
    }

    /** Reads the head of a stream that supports mark/reset and leaves it at its start. */
    static String detect(InputStream markable, String fileName) throws IOException {
        String byBytes = TIKA.detect(markable);
        if (byBytes.equals(MediaType.OCTET_STREAM.toString())) {
            return byBytes;
        }
        return TIKA.detect(markable, fileName);
    }
}
