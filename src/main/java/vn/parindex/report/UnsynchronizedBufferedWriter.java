package vn.parindex.report;

import java.io.IOException;
import java.io.Writer;

/**
 * A BufferedWriter without its lock, for a sheet that one thread writes: the raw export calls write some
 * ten million times, and the lock of every call showed at the top of its profile.
 */
final class UnsynchronizedBufferedWriter extends Writer {

    private final Writer out;
    private final char[] buffer = new char[1 << 16];
    private int used;

    UnsynchronizedBufferedWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        if (used == buffer.length) {
            drain();
        }
        buffer[used++] = (char) c;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        if (length > buffer.length - used) {
            drain();
            if (length > buffer.length) {
                out.write(chars, offset, length);
                return;
            }
        }
        System.arraycopy(chars, offset, buffer, used, length);
        used += length;
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        if (length > buffer.length - used) {
            drain();
            if (length > buffer.length) {
                out.write(text, offset, length);
                return;
            }
        }
        text.getChars(offset, offset + length, buffer, used);
        used += length;
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        drain();
        out.close();
    }

    private void drain() throws IOException {
        out.write(buffer, 0, used);
        used = 0;
    }
}
