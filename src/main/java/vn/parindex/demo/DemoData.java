package vn.parindex.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.parindex.cycle.CycleOpening;
import vn.parindex.cycle.OpenCycleRequest;
import vn.parindex.org.Unit;
import vn.parindex.org.UnitRegistry;
import vn.parindex.org.Units;
import vn.parindex.review.AppraiserAreas;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Roles;
import vn.parindex.spreadsheet.SheetReader;
import vn.parindex.workflow.EngineClock;
import vn.parindex.workflow.YearJobs;
import vn.parindex.year.Years;

/**
 * Demo data of the embedded default (par.demo.enabled), telling the 2025 story: Hải Dương's units until 30 June 2025
 * (its departments reorganised on 1 March 2025, its communes ranked within their district's block), then the merged
 * city of Hải Phòng's departments, wards, communes and special zones, each linked to its predecessors. One user per
 * role and per unit (password "demo"); 2023 published under HD2022, 2024 under HD2024, and 2025 open for
 * self-assessment with Hải Phòng's units and blocks and the points-based sample scheme. The names of the communes
 * and wards after July 2025 are illustrative, as are the units' electronic identifiers (shaped as Decision
 * 20/2020/QĐ-TTg's: 000.00.01.H30 for a department of the province H30, 000.01.31.H30 for a ward of its district 31).
 */
@Component
@ConditionalOnProperty(name = "par.demo.enabled", havingValue = "true")
class DemoData {

    static final int DEMO_YEAR = 2025;
    static final String DEMO_SCHEME = "MAU-DIEM";
    /** The published years and the classification scheme each was opened with. */
    static final Map<Integer, String> PUBLISHED_YEARS = new TreeMap<>(Map.of(2023, "HD2022", 2024, "HD2024"));
    static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private static final Map<String, String> ROLE_USERS = Map.of(
            "noivu", Roles.STANDING_BODY, "hoidong", Roles.COUNCIL, "kiennghi", Roles.COMPLAINT_REVIEWERS,
            "lanhdao", Roles.LEADERSHIP, "dieutra", Roles.SURVEY_OFFICE);
    /** Appraisers and the areas of their field: Nội vụ (with bonus and penalty points), Tư pháp, Tài chính, KH&CN. */
    private static final Map<String, Set<String>> APPRAISERS = Map.of(
            "td-noivu", Set.of("1", "4", "5", "8", "9"), "td-tuphap", Set.of("2", "3"),
            "td-taichinh", Set.of("6"), "td-khcn", Set.of("7"));

    private final IdentityService identity;
    private final UnitRegistry registry;
    private final Units units;
    private final AppraiserAreas areas;
    private final Years cycles;
    private final CycleOpening opening;
    private final PublishedDemoYear publishedYear;
    private final YearJobs jobs;
    private final DemoSourceFigures sourceFigures;

    DemoData(IdentityService identity, UnitRegistry registry, Units units, AppraiserAreas areas,
             Years cycles, CycleOpening opening, PublishedDemoYear publishedYear, YearJobs jobs,
             DemoSourceFigures sourceFigures) {
        this.identity = identity;
        this.registry = registry;
        this.units = units;
        this.areas = areas;
        this.cycles = cycles;
        this.opening = opening;
        this.publishedYear = publishedYear;
        this.jobs = jobs;
        this.sourceFigures = sourceFigures;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() throws IOException {
        if (cycles.find(DEMO_YEAR).isPresent()) {
            return;
        }
        try (InputStream in = new ClassPathResource("demo/units.csv").getInputStream()) {
            registry.load(SheetReader.semicolonSeparated(in), "demo");
        }
        ROLE_USERS.forEach(this::user);
        APPRAISERS.forEach((id, own) -> {
            user(id, Roles.APPRAISAL_TEAM);
            areas.assign(id, own);
        });
        for (Unit unit : units.findAll()) {
            CurrentUser demo = unitUser(unit.code());
            user(demo.id(), Roles.unitGroup(unit.code()));
        }
        for (Map.Entry<Integer, String> year : PUBLISHED_YEARS.entrySet()) {
            publishedYear.publish(year.getKey(), year.getValue());
        }
        opening.open(new OpenCycleRequest(DEMO_YEAR, EngineClock.now().plusDays(30).truncatedTo(ChronoUnit.HOURS),
                null, null, null, null, null, DEMO_SCHEME, null, null, null, null), actingAs(Roles.STANDING_BODY));
        jobs.runDue(DEMO_YEAR);
        sourceFigures.load(DEMO_YEAR);
        log.info("Demo data loaded: years {} published, year {} open, users listed in README (password '{}')",
                PUBLISHED_YEARS.keySet(), DEMO_YEAR, PASSWORD);
    }

    /** Each field's appraiser: together they close a round. */
    static List<CurrentUser> appraisers() {
        return APPRAISERS.keySet().stream().sorted().map(id -> new CurrentUser(id, Set.of(Roles.APPRAISAL_TEAM))).toList();
    }

    /** The demo user who acts in a role other than the appraisal team's. */
    static CurrentUser actingAs(String group) {
        String id = ROLE_USERS.entrySet().stream()
                .filter(e -> e.getValue().equals(group)).map(Map.Entry::getKey).findFirst().orElseThrow();
        return new CurrentUser(id, Set.of(group));
    }

    /** A unit's demo user: its code in lower case. */
    static CurrentUser unitUser(String unitCode) {
        return new CurrentUser(unitCode.toLowerCase(), Set.of(Roles.unitGroup(unitCode)));
    }

    private void user(String id, String group) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName(id);
            user.setLastName("(demo)");
            user.setPassword(PASSWORD);
            identity.saveUser(user);
        }
        identity.createMembership(id, group);
    }
}
