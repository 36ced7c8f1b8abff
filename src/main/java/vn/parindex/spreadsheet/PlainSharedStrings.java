package vn.parindex.spreadsheet;

import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.model.SharedStrings;

/**
 * A workbook's shared strings as plain text, each read once: POI's read-only table builds an XMLBeans rich text for
 * every cell that refers to one, seconds for a year of source figures. Only the text is read from them.
 */
final class PlainSharedStrings implements SharedStrings {

    private final List<RichTextString> items;
    private final int count;

    PlainSharedStrings(SharedStrings table) {
        this.items = IntStream.range(0, table.getUniqueCount())
                .mapToObj(i -> (RichTextString) new PlainText(table.getItemAt(i).getString())).toList();
        this.count = table.getCount();
    }

    @Override
    public RichTextString getItemAt(int idx) {
        return items.get(idx);
    }

    @Override
    public int getCount() {
        return count;
    }

    @Override
    public int getUniqueCount() {
        return items.size();
    }

    /** Text without formatting runs; never formatted, since it is only read. */
    private static final class PlainText implements RichTextString {

        private final String text;

        PlainText(String text) {
            this.text = text;
        }

        @Override
        public String getString() {
            return text;
        }

        @Override
        public String toString() {
            return text;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public int numFormattingRuns() {
            return 0;
        }

        @Override
        public int getIndexOfFormattingRun(int index) {
            return -1;
        }

        @Override
        public void applyFont(int startIndex, int endIndex, short fontIndex) {
            throw readOnly();
        }

        @Override
        public void applyFont(int startIndex, int endIndex, Font font) {
            throw readOnly();
        }

        @Override
        public void applyFont(Font font) {
            throw readOnly();
        }

        @Override
        public void applyFont(short fontIndex) {
            throw readOnly();
        }

        @Override
        public void clearFormatting() {
            throw readOnly();
        }

        private static UnsupportedOperationException readOnly() {
            return new UnsupportedOperationException("Shared strings are read, never formatted");
        }
    }
}
