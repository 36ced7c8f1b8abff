package vn.parindex.report;

import java.time.LocalDateTime;
import vn.parindex.evidence.EvidenceFile;
import vn.parindex.signature.PdfSignatures;
import vn.parindex.signature.PdfSignatures.Chain;
import vn.parindex.signature.PdfSignatures.Integrity;
import vn.parindex.signature.PdfSignatures.Outcome;
import vn.parindex.signature.PdfSignatures.Revocation;
import vn.parindex.signature.PdfSignatures.Signature;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.parindex.assessment.AssessmentView;
import vn.parindex.criteria.Leaf;
import vn.parindex.ranking.ResultService;
import vn.parindex.ranking.UnitResult;
import vn.parindex.scoring.facts.Band;

/**
 * Report contents made of the demo's own names: the units of demo/units.csv valid at the end of 2024 with their
 * blocks (the longest department names among them), the shipped departments' catalogue, Hải Dương's 2024 bands.
 * The figures are made up but spread over every band.
 */
final class DemoReportData {

    static final int YEAR = 2024;
    static final String PROVINCE = "Tỉnh Hải Dương";
    static final BandLegend LEGEND = new BandLegend("Hải Dương 2024 (nhóm 1, 2 có mức sàn chỉ số thành phần lĩnh vực)", List.of(
            new Band("HD2024", "", Band.INDEX, false, 1, "Nhóm 1", BigDecimal.valueOf(90), Band.AREA, BigDecimal.valueOf(80)),
            new Band("HD2024", "", Band.INDEX, false, 2, "Nhóm 2", BigDecimal.valueOf(80), Band.AREA, BigDecimal.valueOf(70)),
            new Band("HD2024", "", Band.INDEX, false, 3, "Nhóm 3", BigDecimal.ZERO, null, null)));

    /** code, name, block of each unit valid on 31/12/2024, in the file's order. */
    record DemoUnit(String code, String name, String block) {
    }

    private DemoReportData() {
    }

    static List<DemoUnit> units() throws IOException {
        LocalDate day = LocalDate.of(YEAR, 12, 31);
        List<DemoUnit> units = new ArrayList<>();
        try (InputStream in = DemoReportData.class.getResourceAsStream("/demo/units.csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split(";", -1);
                if (!LocalDate.parse(f[5]).isAfter(day) && (f[6].isBlank() || !LocalDate.parse(f[6]).isBefore(day))) {
                    units.add(new DemoUnit(f[0], f[1], f[3]));
                }
            }
        }
        return units;
    }

    /** The departments' catalogue, a row per leaf: area code and title, leaf code, title, maximum …, area short name. */
    static List<String[]> catalogue() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("rules/catalogue/mau-so-ban-nganh.csv"));
        return lines.stream().skip(1).map(line -> line.split(";", -1)).toList();
    }

    static Map<String, String> areaHeaders() throws IOException {
        Map<String, String> areas = new TreeMap<>(Leaf.AREA_ORDER);
        catalogue().forEach(f -> areas.putIfAbsent(f[0], f[0] + ". " + (f.length > 14 && !f[14].isBlank() ? f[14] : f[1])));
        return areas;
    }

    /** A made-up index per unit and stage, from 72 to 97, the final one a little higher than the preliminary. */
    static BigDecimal index(String unitCode, String stage) {
        int seed = Math.floorMod(unitCode.hashCode(), 250);
        return BigDecimal.valueOf(720 + seed + (ResultService.FINAL.equals(stage) ? 5 : 0), 1).setScale(2, RoundingMode.HALF_UP);
    }

    static String band(BigDecimal index) {
        return index.compareTo(BigDecimal.valueOf(90)) >= 0 ? "Nhóm 1" : index.compareTo(BigDecimal.valueOf(80)) >= 0 ? "Nhóm 2" : "Nhóm 3";
    }

    /** Each block's units ranked by index, best first. */
    static List<UnitResult> results(String stage) throws IOException {
        Map<String, List<UnitResult>> byBlock = new LinkedHashMap<>();
        for (DemoUnit u : units()) {
            BigDecimal index = index(u.code(), stage);
            byBlock.computeIfAbsent(u.block(), b -> new ArrayList<>()).add(new UnitResult(YEAR, u.code(), u.name(), stage,
                    u.block(), index, BigDecimal.ZERO, BigDecimal.valueOf(100), index, index, band(index), 0, "", "hash"));
        }
        List<UnitResult> ranked = new ArrayList<>();
        byBlock.values().forEach(block -> {
            block.sort((a, b) -> b.index().compareTo(a.index()));
            for (int i = 0; i < block.size(); i++) {
                UnitResult r = block.get(i);
                ranked.add(new UnitResult(r.year(), r.unitCode(), r.unitName(), r.stage(), r.rankingBlock(), r.achieved(),
                        r.penalty(), r.applicable(), r.index(), r.appraised(), r.classification(), i + 1, "", "hash"));
            }
        });
        return ranked;
    }

    /** Points per area: the area's share of the unit's index. */
    static Map<String, Map<String, BigDecimal>> areaPoints(List<UnitResult> results) throws IOException {
        Map<String, BigDecimal> maxima = new LinkedHashMap<>();
        catalogue().forEach(f -> maxima.merge(f[0], new BigDecimal(f[8]), BigDecimal::add));
        Map<String, Map<String, BigDecimal>> points = new LinkedHashMap<>();
        for (UnitResult r : results) {
            Map<String, BigDecimal> byArea = new LinkedHashMap<>();
            maxima.forEach((area, max) -> byArea.put(area, max.multiply(r.index()).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP)));
            points.put(r.unitCode(), byArea);
        }
        return points;
    }

    /** The scorecard's view of a unit: every leaf of the catalogue scored at the unit's index share. */
    static AssessmentView view(UnitResult result) throws IOException {
        List<AssessmentView.LeafView> leaves = new ArrayList<>();
        Map<String, BigDecimal[]> areas = new LinkedHashMap<>();
        for (String[] f : catalogue()) {
            BigDecimal max = new BigDecimal(f[8]);
            BigDecimal points = max.multiply(result.index()).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            leaves.add(new AssessmentView.LeafView(f[6], f[0], f[1], f[3], f[4], f[7], max, f[9], null, List.of(), false, true, false, Map.of(),
                    Map.of("SELF", max, "APPRAISAL_1", points, "RESULT", points), points, leaves.isEmpty() ? evidence() : List.of(), null));
            areas.merge(f[0], new BigDecimal[] {points, max}, (a, b) -> new BigDecimal[] {a[0].add(b[0]), a[1].add(b[1])});
        }
        List<AssessmentView.Subtotal> subtotals = new ArrayList<>();
        areas.forEach((code, sums) -> subtotals.add(new AssessmentView.Subtotal("AREA", code, sums[0], sums[1], result.index())));
        return new AssessmentView(YEAR, result.unitCode(), result.unitName(), "DEPARTMENT", "PUBLISHED", "Đã công bố", false,
                null, null, leaves, Map.of("achieved", result.achieved(), "index", result.index()), subtotals, List.of(), List.of());
    }

    /** The first leaf's files: signed twice (one of them revoked), changed after signing, unsigned, and a Word file. */
    private static List<EvidenceFile> evidence() {
        LocalDateTime signedAt = LocalDateTime.of(2025, 3, 12, 9, 14);
        Signature director = new Signature("Nguyễn Thị Phương Thảo", "Sở Lao động – Thương binh và Xã hội tỉnh Hải Dương",
                signedAt, Integrity.INTACT, Chain.TRUSTED, Revocation.CHECKED, null);
        Signature office = new Signature("Văn phòng Sở Lao động – Thương binh và Xã hội", "Sở Lao động – Thương binh và Xã hội tỉnh Hải Dương",
                signedAt.plusHours(2), Integrity.INTACT, Chain.TRUSTED, Revocation.REVOKED, signedAt.minusDays(30));
        return List.of(
                file(1, "ke-hoach-cai-cach-hanh-chinh-nam-2024-da-ky-so.pdf", "application/pdf",
                        new PdfSignatures(Outcome.SIGNED, List.of(director, office))),
                file(2, "bao-cao-ket-qua-thuc-hien-ke-hoach.pdf", "application/pdf", new PdfSignatures(Outcome.SIGNED,
                        List.of(new Signature("Trần Văn Bình", null, signedAt, Integrity.CHANGED, Chain.UNTRUSTED,
                                Revocation.NOT_CHECKED, null)))),
                file(3, "danh-muc-tai-lieu.pdf", "application/pdf", PdfSignatures.of(Outcome.UNSIGNED)),
                file(4, "bien-ban-hop.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", null));
    }

    private static EvidenceFile file(long id, String name, String mediaType, PdfSignatures signatures) {
        return new EvidenceFile(id, 1, "1.1.1", "SELF", name, mediaType, 1000, "0".repeat(64), "sldtbxh",
                LocalDateTime.of(2025, 1, 5, 8, 0), signatures);
    }
}
