package vn.parindex.scoring;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcRuleArchive implements RuleArchive {

    private final JdbcClient jdbc;

    JdbcRuleArchive(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, String> load(String hash) {
        Map<String, String> files = new TreeMap<>();
        jdbc.sql("select path, content from rule_file where rule_hash = ?").param(hash)
                .query(rs -> {
                    files.put(rs.getString(1), rs.getString(2));
                });
        return files;
    }

    @Override
    public void store(String hash, Map<String, String> files) {
        if (jdbc.sql("select count(*) from rule_file where rule_hash = ?").param(hash).query(Integer.class).single() > 0) {
            return;
        }
        files.forEach((path, content) -> jdbc.sql("insert into rule_file (rule_hash, path, content) values (?, ?, ?)")
                .params(hash, path, content).update());
    }
}
