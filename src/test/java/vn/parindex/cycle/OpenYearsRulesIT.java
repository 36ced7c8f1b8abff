package vn.parindex.cycle;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.support.IntegrationTest;
import vn.parindex.year.Years;

/** A release whose fact classes no longer fit an open year's archived rules does not start, and names the year. */
class OpenYearsRulesIT extends IntegrationTest {

    @Autowired OpenYearsRules openYearsRules;
    @Autowired Years cycles;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aYearWhoseArchivedRulesNoLongerCompileStopsTheStartNamingIt() {
        int year = scenario.openYear(List.of("TD1"));
        String kept = cycles.get(year).ruleHash();
        long version = cycles.get(year).ruleSetVersion();
        assertThatCode(openYearsRules::afterSingletonsInstantiated).doesNotThrowAnyException();
        String old = "0".repeat(60) + "0ld0";   // rules archived by an older release, calling a getter since removed
        jdbc.update("insert into rule_file (rule_hash, path, content) values (?, ?, ?)", old, "ranking/old.drl",
                "package rules.ranking;\nimport vn.parindex.scoring.facts.*;\nrule \"old\" when UnitTotal(removedLater > 0) then end\n");
        cycles.scoreUnder(year, old, version);
        try {
            assertThatThrownBy(openYearsRules::afterSingletonsInstantiated)
                    .hasMessageContaining("Years [" + year + "] (rule set " + old + ")").hasMessageContaining("removedLater");
        } finally {
            cycles.scoreUnder(year, kept, version);
        }
    }
}
