package vn.parindex.org;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UnitRepository {

    private final JdbcClient jdbc;
    private final UnitTypes types;

    UnitRepository(JdbcClient jdbc, UnitTypes types) {
        this.jdbc = jdbc;
        this.types = types;
    }

    List<Unit> findAll() {
        Map<String, List<String>> predecessors = new HashMap<>();
        jdbc.sql("select unit_code, predecessor_code from unit_predecessor order by predecessor_code")
                .query(rs -> {
                    predecessors.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        Function<String, UnitType> type = types.resolver();
        return jdbc.sql("select * from unit order by unit_type, code")
                .query((rs, n) -> map(rs, type, predecessors.getOrDefault(rs.getString("code"), List.of()))).list();
    }

    /** Every registered unit by its code, read in two queries (for work over many units). */
    Map<String, Unit> byCode() {
        return findAll().stream().collect(Collectors.toMap(Unit::code, u -> u));
    }

    Optional<Unit> find(String code) {
        List<String> predecessors = jdbc.sql("select predecessor_code from unit_predecessor where unit_code = ? order by 1")
                .param(code).query(String.class).list();
        return jdbc.sql("select * from unit where code = ?").param(code)
                .query((rs, n) -> map(rs, types.resolver(), predecessors)).optional();
    }

    private static Unit map(ResultSet rs, Function<String, UnitType> type, List<String> predecessors) throws SQLException {
        return new Unit(rs.getString("code"), rs.getString("name"), type.apply(rs.getString("unit_type")),
                rs.getString("ranking_block"), rs.getString("parent_code"), rs.getDate("valid_from").toLocalDate(),
                Optional.ofNullable(rs.getDate("valid_to")).map(Date::toLocalDate).orElse(null), predecessors,
                rs.getString("electronic_id"));
    }

    /** The code of each unit that has an electronic identifier, by that identifier, in one query. */
    Map<String, String> codesByElectronicId() {
        Map<String, String> codes = new HashMap<>();
        jdbc.sql("select electronic_id, code from unit where electronic_id is not null")
                .query(rs -> {
                    codes.put(rs.getString(1), rs.getString(2));
                });
        return codes;
    }

    Optional<String> name(String code) {
        return jdbc.sql("select name from unit where code = ?").param(code).query(String.class).optional();
    }

    boolean exists(String code) {
        return jdbc.sql("select count(*) from unit where code = ?").param(code).query(Integer.class).single() > 0;
    }

    /**
     * Inserts new units and updates known ones (electronic identifiers included: the caller gives a known unit's own when
     * its file has none); parents before children, predecessors last.
     */
    void saveAll(Collection<Unit> units) {
        Collection<Unit> ordered = parentsFirst(units);
        for (Unit u : ordered) {
            int updated = jdbc.sql("""
                    update unit set name = :name, unit_type = :type, ranking_block = :block, parent_code = :parent,
                    valid_from = :from, valid_to = :to, electronic_id = :electronicId where code = :code""")
                    .params(params(u)).update();
            if (updated == 0) {
                jdbc.sql("""
                        insert into unit (code, name, unit_type, ranking_block, parent_code, valid_from, valid_to, electronic_id)
                        values (:code, :name, :type, :block, :parent, :from, :to, :electronicId)""")
                        .params(params(u)).update();
            }
        }
        for (Unit u : ordered) {
            jdbc.sql("delete from unit_predecessor where unit_code = ?").param(u.code()).update();
            for (String p : u.predecessors()) {
                jdbc.sql("insert into unit_predecessor (unit_code, predecessor_code) values (?, ?)")
                        .params(u.code(), p).update();
            }
        }
    }

    private static Map<String, Object> params(Unit u) {
        Map<String, Object> p = new HashMap<>();
        p.put("code", u.code());
        p.put("name", u.name());
        p.put("type", u.type().code());
        p.put("block", u.rankingBlock());
        p.put("parent", u.parentCode());
        p.put("from", u.validFrom());
        p.put("to", u.validTo());
        p.put("electronicId", u.electronicId());
        return p;
    }

    /** Callers guarantee the parent links have no cycle (see UnitRegistry). */
    private static Collection<Unit> parentsFirst(Collection<Unit> units) {
        Map<String, Unit> byCode = new HashMap<>();
        units.forEach(u -> byCode.put(u.code(), u));
        Set<Unit> ordered = new LinkedHashSet<>();
        units.forEach(u -> addWithParents(u, byCode, ordered));
        return ordered;
    }

    private static void addWithParents(Unit u, Map<String, Unit> byCode, Set<Unit> ordered) {
        if (ordered.contains(u)) {
            return;
        }
        Unit parent = u.parentCode() == null ? null : byCode.get(u.parentCode());
        if (parent != null && parent != u) {
            addWithParents(parent, byCode, ordered);
        }
        ordered.add(u);
    }
}
