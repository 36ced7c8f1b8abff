package vn.parindex.report;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** A printed report read back: each page's text and word boxes, and the filled shapes of a page in a colour. */
final class PrintedPdf {

    /** A word as printed: its page (from 1), its text, its box in points and its font size. */
    record Word(int page, String text, Rectangle2D box, float size) {
    }

    final List<Word> words = new ArrayList<>();
    final List<String> pages = new ArrayList<>();

    PrintedPdf(PDDocument document) throws IOException {
        for (int p = 1; p <= document.getNumberOfPages(); p++) {
            Stripper stripper = new Stripper(p);
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            pages.add(stripper.getText(document).replaceAll("\\s+", " "));
        }
    }

    String all() {
        return String.join(" ", pages);
    }

    /** The first pair of words on one page whose boxes overlap by more than a point each way, if any. */
    List<Word> firstOverlap() {
        for (int i = 0; i < words.size(); i++) {
            for (int j = i + 1; j < words.size(); j++) {
                Word a = words.get(i);
                Word b = words.get(j);
                if (a.page() == b.page()) {
                    Rectangle2D both = a.box().createIntersection(b.box());
                    if (both.getWidth() > 1 && both.getHeight() > 1) {
                        return List.of(a, b);
                    }
                }
            }
        }
        return List.of();
    }

    /** Shapes filled in this RGB colour on a page (0-based): bars, legend swatches. */
    static int filledShapes(PDDocument document, int page, byte[] rgb) throws IOException {
        FillCounter counter = new FillCounter(document.getPage(page), rgb);
        counter.processPage(document.getPage(page));
        return counter.count;
    }

    private final class Stripper extends PDFTextStripper {
        private final int page;

        Stripper(int page) throws IOException {
            this.page = page;
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            List<TextPosition> word = new ArrayList<>();
            for (TextPosition t : positions) {
                if (t.getUnicode().isBlank()) {
                    add(word);
                    word = new ArrayList<>();
                } else {
                    word.add(t);
                }
            }
            add(word);
            super.writeString(text, positions);
        }

        private void add(List<TextPosition> word) {
            if (word.isEmpty()) {
                return;
            }
            TextPosition first = word.get(0);
            TextPosition last = word.get(word.size() - 1);
            float height = (float) word.stream().mapToDouble(TextPosition::getHeightDir).max().orElse(0);
            float size = (float) word.stream().mapToDouble(TextPosition::getFontSizeInPt).min().orElse(0);
            StringBuilder text = new StringBuilder();
            word.forEach(t -> text.append(t.getUnicode()));
            words.add(new Word(page, text.toString(), new Rectangle2D.Float(first.getXDirAdj(), first.getYDirAdj() - height,
                    last.getXDirAdj() + last.getWidthDirAdj() - first.getXDirAdj(), height), size));
        }
    }

    /** Counts the paths filled with one colour. */
    private static final class FillCounter extends PDFGraphicsStreamEngine {
        private final int wanted;
        private int count;

        FillCounter(PDPage page, byte[] rgb) {
            super(page);
            wanted = (rgb[0] & 0xff) << 16 | (rgb[1] & 0xff) << 8 | rgb[2] & 0xff;
        }

        @Override
        public void fillPath(int windingRule) throws IOException {
            if (getGraphicsState().getNonStrokingColor().toRGB() == wanted) {
                count++;
            }
        }

        @Override
        public void fillAndStrokePath(int windingRule) throws IOException {
            fillPath(windingRule);
        }

        @Override public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) { }
        @Override public void drawImage(PDImage pdImage) { }
        @Override public void clip(int windingRule) { }
        @Override public void moveTo(float x, float y) { }
        @Override public void lineTo(float x, float y) { }
        @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) { }
        @Override public Point2D getCurrentPoint() { return new Point2D.Float(); }
        @Override public void closePath() { }
        @Override public void endPath() { }
        @Override public void strokePath() { }
        @Override public void shadingFill(COSName shadingName) { }
    }
}
