package vn.parindex.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.parindex.rules.RuleFiles;
import vn.parindex.rules.RuleSet;
import vn.parindex.rules.RuleSetCheck;
import vn.parindex.scoring.facts.Band;

/**
 * Compiled rule sets: the DRL and the classification scheme table of a version of the rules (its bands are facts
 * of every session), compiled on first use and kept by the hash of those files. The current one is the version in
 * force; a year is scored with the rule set it was opened with, archived by its hash. As a {@link RuleSetCheck} it
 * refuses a version whose DRL does not compile or whose table is invalid, listing every error. Each evaluation runs
 * in its own short session.
 */
@Component
public class RuleBase implements RuleSetCheck {

    private static final Logger log = LoggerFactory.getLogger(RuleBase.class);
    private static final AtomicLong BUILDS = new AtomicLong();
    /** Where the tables that decide scores live; the catalogues and survey options are versioned beside them. */
    private static final List<String> SCORING_FOLDERS = List.of("scoring/", "ranking/");

    private final RuleFiles rules;
    private final RuleArchive archive;
    private final Map<String, Compiled> byHash = new ConcurrentHashMap<>();

    RuleBase(RuleFiles rules, RuleArchive archive) {
        this.rules = rules;
        this.archive = archive;
    }

    /** SHA-256 of the DRL text and scheme table of the rules in force; stored with every score it produces. */
    public String hash() {
        return compiled(rules).hash();
    }

    /** The hash of another version's DRL and table, compiled so that it can score (a draft in a what-if). */
    public String hash(RuleFiles version) {
        return compiled(version).hash();
    }

    @Override
    public void check(RuleFiles candidate) {
        compiled(candidate);
    }

    /** Archives a version of the rules, so that a year opened or re-scored with it is scored with it from now on. */
    public String archive(RuleFiles version) {
        Compiled c = compiled(version);
        archive.store(c.hash(), c.files());
        return c.hash();
    }

    /** Compiles the archived rule set with that hash, unless it is compiled already. */
    public void load(String hash) {
        byHash.computeIfAbsent(hash, this::fromArchive);
    }

    /** Inserts the facts into a session of the rule set with that hash, fires all rules, returns every fact. */
    public List<Object> evaluate(String hash, Collection<?> facts) {
        return run(byHash.computeIfAbsent(hash, this::fromArchive), facts);
    }

    /** The bands of the schemes in force, in the table's order. */
    public List<Band> bands() {
        return compiled(rules).bands();
    }

    /** The bands of the schemes of the rule set with that hash (none for a rule set archived before the table). */
    public List<Band> bands(String hash) {
        return byHash.computeIfAbsent(hash, this::fromArchive).bands();
    }

    /** A file that decides scores in the rule set with that hash (a table beside its DRL), if it has it. */
    public Optional<String> file(String hash, String path) {
        return Optional.ofNullable(byHash.computeIfAbsent(hash, this::fromArchive).files().get(path));
    }

    /** The files that decide scores: every DRL and the tables beside it (scheme table, stage precedence). */
    private Compiled compiled(RuleFiles source) {
        Map<String, String> files = new TreeMap<>(source.read(".drl"));
        source.read(".csv").forEach((path, table) -> {
            if (SCORING_FOLDERS.stream().anyMatch(path::startsWith)) {
                files.put(path, table);
            }
        });
        return byHash.computeIfAbsent(RuleSet.sha256(files), hash -> compile(files, hash));
    }

    private Compiled fromArchive(String hash) {
        Map<String, String> files = archive.load(hash);
        if (files.isEmpty()) {
            throw new IllegalStateException("Rule set " + hash + " is not archived");
        }
        return compile(files, hash);
    }

    private static List<Object> run(Compiled compiled, Collection<?> facts) {
        KieSession session = compiled.sessions().newKieSession();
        try {
            compiled.bands().forEach(session::insert);
            facts.forEach(session::insert);
            session.fireAllRules();
            return new ArrayList<>(session.getObjects());
        } finally {
            session.dispose();   // back to the pool, emptied
        }
    }

    /**
     * {@code sessions}: a pooled session is emptied for reuse rather than built again with all its node memories
     * (a submission's rules took about a fifth less CPU so, by JFR).
     */
    private record Compiled(KieSessionsPool sessions, String hash, Map<String, String> files, List<Band> bands) {
    }

    private static Compiled compile(Map<String, String> files, String hash) {
        String source = "rule set " + hash.substring(0, 12);
        Map<String, String> drls = new TreeMap<>(files);
        drls.keySet().removeIf(path -> !path.endsWith(".drl"));
        if (drls.isEmpty()) {
            throw new IllegalStateException("No DRL found in " + source);
        }
        long started = System.nanoTime();
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("vn.parindex", "rules-" + BUILDS.incrementAndGet(), "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        drls.forEach((path, drl) -> kfs.write("src/main/resources/rules/" + path, drl));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("Rules in " + source + " do not compile:\n"
                    + String.join("\n", errors.stream().map(Message::toString).toList()));
        }
        List<Band> bands = files.containsKey(SchemeTable.FILE) ? SchemeTable.parse(files.get(SchemeTable.FILE)) : List.of();
        KieBase kieBase = ks.newKieContainer(releaseId, RuleBase.class.getClassLoader()).getKieBase();
        ks.getRepository().removeKieModule(releaseId);
        log.info("Rule base built from {} ({} files) in {} ms", source, files.size(),
                (System.nanoTime() - started) / 1_000_000);
        return new Compiled(kieBase.newKieSessionsPool(2), hash, Map.copyOf(files), bands);
    }
}
