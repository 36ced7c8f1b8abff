package vn.parindex.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.security.Roles;
import vn.parindex.support.Http;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.Scenario;

/**
 * What a unit should fix, worked by hand (test catalogue, HD2022, shared ranks; department block TD1, TD2, TD3):
 * TD1: 1.2 at 50% (RATE, max 4: 2.00, lost 2), 3.2 at 50% (RATE, max 6: 3.00, lost 3), one penalty item on 9.2
 * (−1.00), survey 80% (8.1: 12 of 15, 8.2: 8 of 10, 8.3: 4 of 5). Achieved 100 − 2 − 3 − 6 = 89, minus 1 = 88.00,
 * Nhóm 2. TD2: everything in full, survey 90%: 97.00. TD3: survey 100%, 3.2 at 0 (lost 6), 1.2 at 37.5% (1.50,
 * lost 2.5), 2.1 at 50% (lost 2): 89.50. Ranks: TD2 1, TD3 2, TD1 3.
 * Recovering one leaf alone: 3.2 or 8.1 (+3) → 91.00, Nhóm 1, rank 2; 1.2 or 8.2 (+2) → 90.00, Nhóm 1, rank 2;
 * 8.3 or the penalty 9.2 (+1) → 89.00, Nhóm 2, rank 3 (TD3's 89.50 stays ahead).
 */
class ImprovementsIT extends IntegrationTest {

    @Autowired Improvements improvements;

    @Test
    void aUnitSeesEachLostLeafByItsEffectAndTheProvinceSeesWhereUnitsLosePoints() {
        int year = scenario.openYear(List.of("TD1", "TD2", "TD3"));
        scenario.throughAppraisal(year, "TD1", Map.of("1.2", new BigDecimal("50"), "3.2", new BigDecimal("50"),
                "9.2", BigDecimal.ONE));
        scenario.throughAppraisal(year, "TD2", Map.of());
        scenario.throughAppraisal(year, "TD3", Map.of("3.2", BigDecimal.ZERO, "1.2", new BigDecimal("37.5"),
                "2.1", new BigDecimal("50")));
        scenario.throughPreliminary(year, Map.of("TD1", 80, "TD2", 90, "TD3", 100));

        assertThat(improvements.of(year, "TD1", Scenario.role(Roles.STANDING_BODY))).extracting(i -> i.leafCode() + " "
                        + i.points() + "/" + i.max() + " lost " + i.lost() + " → " + i.index() + " (+" + i.indexGain() + ") "
                        + i.classification() + (i.changesBand() ? " new band" : "") + " rank " + i.rank() + " (+" + i.ranksGained() + ")")
                .containsExactly(
                        "3.2 3.00/6.00 lost 3.00 → 91.00 (+3.00) Nhóm 1 new band rank 2 (+1)",
                        "8.1 12.00/15.00 lost 3.00 → 91.00 (+3.00) Nhóm 1 new band rank 2 (+1)",
                        "1.2 2.00/4.00 lost 2.00 → 90.00 (+2.00) Nhóm 1 new band rank 2 (+1)",
                        "8.2 8.00/10.00 lost 2.00 → 90.00 (+2.00) Nhóm 1 new band rank 2 (+1)",
                        "8.3 4.00/5.00 lost 1.00 → 89.00 (+1.00) Nhóm 2 rank 3 (+0)",
                        "9.2 1.00/3.00 lost 1.00 → 89.00 (+1.00) Nhóm 2 rank 3 (+0)");

        scenario.ensureUser("dv-td1-khac-phuc", Roles.unitGroup("TD1"));
        scenario.ensureUser("dv-td2-khac-phuc", Roles.unitGroup("TD2"));
        HttpResponse<String> own = Http.as(port, "dv-td1-khac-phuc", "pw").get("/api/cycles/" + year + "/units/TD1/improvements");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).startsWith("[{\"leafCode\":\"3.2\"").contains("\"changesBand\":true");
        assertThat(Http.as(port, "dv-td2-khac-phuc", "pw").get("/api/cycles/" + year + "/units/TD1/improvements").statusCode())
                .as("another unit's file").isEqualTo(403);
        assertThat(Http.as(port, "dv-td1-khac-phuc", "pw").get("/api/cycles/" + year + "/losses").statusCode())
                .as("the province view is for staff").isEqualTo(403);

        assertThat(improvements.province(year, Scenario.role(Roles.STANDING_BODY))).extracting(l -> l.leafCode() + " "
                        + l.unitsLosing() + "/" + l.unitsScored() + " " + l.pointsLost())
                .containsExactly("3.2 2/3 9.00", "1.2 2/3 4.50", "8.1 2/3 4.50", "8.2 2/3 3.00", "8.3 2/3 1.50",
                        "2.1 1/3 2.00", "9.2 1/3 1.00");
    }
}
