package vn.parindex.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.Styles;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import vn.parindex.spreadsheet.SheetReader.Limits;
import vn.parindex.web.Text;
import vn.parindex.web.UserFacingException;

/** One worksheet's rows as POI's SAX handler streams them, refused at the first cell that breaks a rule or a limit. */
final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

    /** Rows a sheet may have, and cells left for the whole workbook. */
    static final class Budget {
        private final int rows;
        private final int maxCells;
        private int cells;

        Budget(SheetReader.Bounds bounds) {
            this.rows = bounds.rows();
            this.maxCells = bounds.cells();
            this.cells = bounds.cells();
        }
    }

    private static final DataFormatter ISO_DATES = new DataFormatter() {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    };

    private final String sheet;
    private final Budget budget;
    private final SheetReader.RowHandler handler;
    private List<String> row;

    private SheetRows(String sheet, Budget budget, SheetReader.RowHandler handler) {
        this.sheet = sheet;
        this.budget = budget;
        this.handler = handler;
    }

    static void read(String name, InputStream xml, Styles styles, SharedStrings strings, Budget budget,
                     SheetReader.RowHandler handler) throws IOException, SAXException {
        SheetRows rows = new SheetRows(name, budget, handler);
        XMLReader parser;
        try {
            parser = XMLHelper.newXMLReader();
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        parser.setContentHandler(rows.new Guard(styles, strings));
        parser.parse(new InputSource(xml));
    }

    @Override
    public void startRow(int rowNum) {
        if (rowNum > budget.rows) {
            throw refused("có quá nhiều dòng (tối đa " + budget.rows + " dòng dữ liệu).");
        }
        row = new ArrayList<>();
    }

    @Override
    public void endRow(int rowNum) {
        while (!row.isEmpty() && row.get(row.size() - 1).isEmpty()) {
            row.remove(row.size() - 1);
        }
        handler.row(rowNum, row);
    }

    @Override
    public void cell(String reference, String formattedValue, XSSFComment comment) {
        int column = reference == null ? row.size() : column(reference);
        if (column >= Limits.COLUMNS) {
            throw refused("có quá nhiều cột (tối đa " + Limits.COLUMNS + ").");
        }
        if (--budget.cells < 0) {
            throw UserFacingException.badRequest("Tệp Excel có quá nhiều ô có dữ liệu (tối đa " + budget.maxCells + ").");
        }
        if (formattedValue != null && !Text.isClean(formattedValue)) {
            throw UserFacingException.badRequest("Trang tính \"" + sheet + "\", ô " + reference + ": nội dung " + Text.RULE + ".");
        }
        while (row.size() < column) {
            row.add("");
        }
        row.add(formattedValue == null ? "" : formattedValue.trim());
    }

    /** The column of a reference such as "AB12"; CellReference's full parse costs a second in a year of rows. */
    private static int column(String reference) {
        int letters = 0;
        while (letters < reference.length() && Character.isLetter(reference.charAt(letters))) {
            letters++;
        }
        return CellReference.convertColStringToIndex(reference.substring(0, letters));
    }

    private UserFacingException refused(String what) {
        return UserFacingException.badRequest("Trang tính \"" + sheet + "\" " + what);
    }

    /** POI's handler, refusing formulas, merged cells and over-long cells before it buffers them. */
    private final class Guard extends XSSFSheetXMLHandler {
        private String cell;
        private int cellChars;

        Guard(Styles styles, SharedStrings strings) {
            super(styles, strings, SheetRows.this, ISO_DATES, false);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            switch (localName) {
                case "c" -> {
                    cell = attributes.getValue("r");
                    cellChars = 0;
                }
                case "f" -> throw UserFacingException.badRequest("Trang tính \"" + sheet + "\", ô " + cell
                        + ": ô chứa công thức; hãy nhập giá trị.");
                case "mergeCell" -> throw refused("có ô gộp (" + attributes.getValue("ref") + "); hãy bỏ gộp ô.");
                default -> {
                }
            }
            super.startElement(uri, localName, qName, attributes);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            cellChars += length;
            if (cellChars > Limits.CELL_CHARS) {
                throw UserFacingException.badRequest("Trang tính \"" + sheet + "\", ô " + cell + ": nội dung dài quá "
                        + Limits.CELL_CHARS + " ký tự.");
            }
            super.characters(ch, start, length);
        }
    }
}
