package vn.parindex.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.parindex.org.UnitType;

/**
 * The leaf-source mapping a year was opened with, copied beside its catalogue (cycle_leaf) so that a later rule set
 * leaves the year's sources alone.
 */
@Component
public class YearSources {

    private final JdbcClient jdbc;
    private final SourceMapping mapping;

    YearSources(JdbcClient jdbc, SourceMapping mapping) {
        this.jdbc = jdbc;
        this.mapping = mapping;
    }

    /** Copies the mapping in force for the types the year assesses; called when the year is opened. */
    public void store(int year, Set<UnitType> types) {
        mapping.forTypes(types).forEach((type, sources) -> sources.forEach(s -> jdbc.sql("""
                insert into cycle_leaf_source (year, unit_type, leaf_code, indicator, indicator_name, numerator_label,
                                               denominator_label, from_month, to_month)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(year, type.code(), s.leafCode(), s.indicator(), s.indicatorName(), s.numeratorLabel(),
                        s.denominatorLabel(), s.fromMonth(), s.toMonth())
                .update()));
    }

    /** The year's mapped leaves of each unit type code. */
    Map<String, List<LeafSource>> byUnitType(int year) {
        Map<String, List<LeafSource>> byType = new TreeMap<>();
        jdbc.sql("select * from cycle_leaf_source where year = ? order by unit_type, leaf_code").param(year)
                .query(rs -> {
                    byType.computeIfAbsent(rs.getString("unit_type"), t -> new ArrayList<>())
                            .add(new LeafSource(rs.getString("leaf_code"), rs.getString("indicator"),
                                    rs.getString("indicator_name"), rs.getString("numerator_label"),
                                    rs.getString("denominator_label"), rs.getInt("from_month"), rs.getInt("to_month")));
                });
        return byType;
    }
}
