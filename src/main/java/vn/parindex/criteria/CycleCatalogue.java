package vn.parindex.criteria;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.parindex.org.UnitType;

/**
 * The catalogue a year was opened with, copied into the database so later edits of rules/ leave it alone; read by
 * every module through this cache.
 */
@Service
public class CycleCatalogue {

    private final JdbcClient jdbc;
    private final Map<Key, List<Leaf>> cache = new ConcurrentHashMap<>();

    CycleCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void store(int year, Map<UnitType, List<Leaf>> leaves) {
        cache.keySet().removeIf(key -> key.year() == year);
        leaves.forEach((type, list) -> list.forEach(l -> jdbc.sql("""
                insert into cycle_leaf (year, unit_type, code, area_code, area_title, area_short_title, criterion_code,
                                        criterion_title, title, max_points, method, p1, p2, p3, evidence_required, survey)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(year, type.code(), l.code(), l.areaCode(), l.areaTitle(), l.areaShortTitle(), l.criterionCode(),
                        l.criterionTitle(),
                        l.title(), l.maxPoints(),
                        l.method().name(), l.p1(), l.p2(), l.p3(), l.evidenceRequired(), l.survey())
                .update()));
    }

    /** Cached: a year's catalogue never changes once the year is open. */
    public List<Leaf> leaves(int year, UnitType type) {
        return cache.computeIfAbsent(new Key(year, type), key -> load(year, type));
    }

    private record Key(int year, UnitType type) {
    }

    private List<Leaf> load(int year, UnitType type) {
        return jdbc.sql("select * from cycle_leaf where year = ? and unit_type = ? order by area_code, code")
                .params(year, type.code()).query(CycleCatalogue::leaf).list();
    }

    /** Every leaf of the year, of whichever unit types it assesses. */
    public List<Leaf> leavesOfYear(int year) {
        return jdbc.sql("select * from cycle_leaf where year = ? order by unit_type, area_code, code")
                .param(year).query(CycleCatalogue::leaf).list();
    }

    private static Leaf leaf(ResultSet rs, int row) throws SQLException {
        return new Leaf(rs.getString("code"), rs.getString("area_code"), rs.getString("area_title"),
                rs.getString("area_short_title"), rs.getString("criterion_code"), rs.getString("criterion_title"), rs.getString("title"),
                rs.getBigDecimal("max_points"), ScoringMethod.valueOf(rs.getString("method")),
                rs.getBigDecimal("p1"), rs.getBigDecimal("p2"), rs.getBigDecimal("p3"), rs.getBoolean("evidence_required"));
    }

    public Optional<Leaf> leaf(int year, UnitType type, String code) {
        return leaves(year, type).stream().filter(l -> l.code().equals(code)).findFirst();
    }
}
