package vn.parindex.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.ranking.UnitResult;

/**
 * The ranking workbook as LibreOffice prints it (converted to PDF headless, as an official's Calc would print it on
 * A4, with Carlito standing in for Calibri as on Linux desks): few pages, the table's text at a readable size, the
 * areas named in the header, the chart's bars drawn in their own fill.
 */
class RankingPrintTest {

    private static final Path SOFFICE = Path.of(System.getProperty("par.test.soffice", "/usr/bin/soffice"));
    private static final Map<String, String> AREAS = new LinkedHashMap<>();

    static {
        List<String> names = List.of("Công tác chỉ đạo, điều hành cải cách hành chính", "Cải cách thể chế",
                "Cải cách thủ tục hành chính", "Cải cách tổ chức bộ máy hành chính nhà nước", "Cải cách chế độ công vụ",
                "Cải cách tài chính công", "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số",
                "Tác động của cải cách hành chính", "Điểm thưởng, điểm trừ");
        for (int i = 0; i < names.size(); i++) {
            AREAS.put(String.valueOf(i + 1), names.get(i));
        }
    }

    @Test
    void aBlockOfFortyUnitsPrintsOnA4LandscapeReadablyWithItsChart(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(SOFFICE), "LibreOffice not installed (apt-get install libreoffice-calc-nogui)");
        List<UnitResult> rows = new ArrayList<>();
        Map<String, Map<String, BigDecimal>> points = new LinkedHashMap<>();
        for (int i = 1; i <= 40; i++) {
            BigDecimal index = BigDecimal.valueOf(95 - i * 0.5);
            rows.add(new UnitResult(2025, "X" + i, "UBND xã Thử Nghiệm Số " + i, "FINAL", "Khối xã", index, BigDecimal.ZERO,
                    BigDecimal.valueOf(100), index, index, i < 10 ? "Tốt" : "Khá", i, "", "hash"));
            Map<String, BigDecimal> byArea = new LinkedHashMap<>();
            AREAS.keySet().forEach(area -> byArea.put(area, BigDecimal.valueOf(7.5)));
            points.put("X" + i, byArea);
        }
        Path workbook = dir.resolve("xep-hang.xlsx");
        try (OutputStream out = Files.newOutputStream(workbook)) {
            RankingWorkbook.write(2025, "chính thức", rows, points, AREAS, out);
        }

        Path pdf = toPdf(workbook, dir);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).as("pages").isBetween(1, 3);
            Text text = new Text();
            text.getText(document);
            assertThat(text.all.toString().replaceAll("\\s+", " ")).contains("BẢNG XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025", "UBND xã Thử Nghiệm Số 40",
                    "3. Cải cách thủ tục hành chính", "7. Xây dựng và phát triển Chính phủ điện tử, Chính phủ số",
                    "Chỉ số CCHC (%) theo đơn vị");
            assertThat(text.smallestUnitNameSize).as("unit names in points, not shrunk to fit").isGreaterThanOrEqualTo(8f);
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(text.chartPage, 60);
            assertThat(barPixels(page)).as("pixels of the bars' fill on the chart's page").isGreaterThan(2_000);
        }
    }

    private static Path toPdf(Path workbook, Path dir) throws IOException, InterruptedException {
        Process soffice = new ProcessBuilder(SOFFICE.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), workbook.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(soffice.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice converts within 3 minutes").isTrue();
        Path pdf = dir.resolve("xep-hang.pdf");
        assertThat(pdf).as(Files.readString(dir.resolve("soffice.log"))).exists();
        return pdf;
    }

    private static int barPixels(BufferedImage image) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (Math.abs(r - 0x1F) < 24 && Math.abs(g - 0x4E) < 24 && Math.abs(b - 0x79) < 24) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The text of every page, the size of the smallest unit name, and the page that holds the chart. */
    private static final class Text extends PDFTextStripper {
        private final StringBuilder all = new StringBuilder();
        private float smallestUnitNameSize = Float.MAX_VALUE;
        private int chartPage;

        Text() throws IOException {
        }

        @Override
        protected void writeString(String string, List<TextPosition> positions) throws IOException {
            all.append(string).append('\n');
            if (string.startsWith("UBND xã Thử Nghiệm") && !positions.isEmpty()) {
                smallestUnitNameSize = Math.min(smallestUnitNameSize, positions.get(0).getFontSizeInPt());
            }
            if (string.contains("Chỉ số CCHC (%) theo đơn vị")) {
                chartPage = getCurrentPageNo() - 1;
            }
            super.writeString(string, positions);
        }
    }
}
