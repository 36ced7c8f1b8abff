package vn.parindex.scoring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
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
import vn.parindex.rules.RulesFolder;
import vn.parindex.scoring.facts.Band;
import vn.parindex.web.ValidationException;

/**
 * Compiled rule sets: the DRL of rules/ and the classification scheme table (its bands are facts of every session).
 * The current one is rules/, built at start-up (failing fast with every compiler error or table problem);
 * {@link #reload()} builds a new one and swaps it in only if it compiles. A year is scored with the rule set it
 * was opened with: any archived rule set is compiled on first use and kept by its hash. Each evaluation runs in
 * its own short session.
 */
@Component
public class RuleBase {

    private static final Logger log = LoggerFactory.getLogger(RuleBase.class);
    private static final AtomicLong BUILDS = new AtomicLong();

    private final RulesFolder folder;
    private final RuleArchive archive;
    private final AtomicReference<Compiled> current = new AtomicReference<>();
    private final Map<String, Compiled> byHash = new ConcurrentHashMap<>();

    RuleBase(RulesFolder folder, RuleArchive archive) {
        this.folder = folder;
        this.archive = archive;
        install(compile(read(folder), folder.describe()));
    }

    /** SHA-256 of the DRL text and scheme table of the current rule set; stored with every score it produces. */
    public String hash() {
        return current.get().hash();
    }

    /** Compiles rules/ again; on any error the current rule set stays and the errors are thrown. */
    public String reload() {
        return install(compile(read(folder), folder.describe()));
    }

    /** Archives the current rule set, so that a year opened with it is scored with it from now on. */
    public String archiveCurrent() {
        Compiled c = current.get();
        archive.store(c.hash(), c.files());
        return c.hash();
    }

    /** Inserts the facts into a session of the rule set with that hash, fires all rules, returns every fact. */
    public List<Object> evaluate(String hash, Collection<?> facts) {
        return run(byHash.computeIfAbsent(hash, this::fromArchive), facts);
    }

    /** The bands of the current rule set's schemes, in the table's order. */
    public List<Band> bands() {
        return current.get().bands();
    }

    /** The bands of the schemes of the rule set with that hash (none for a rule set archived before the table). */
    public List<Band> bands(String hash) {
        return byHash.computeIfAbsent(hash, this::fromArchive).bands();
    }

    private static Map<String, String> read(RulesFolder folder) {
        Map<String, String> files = new TreeMap<>(folder.read(".drl"));
        folder.file(SchemeTable.FILE).ifPresent(table -> files.put(SchemeTable.FILE, table));
        return files;
    }

    private String install(Compiled compiled) {
        byHash.putIfAbsent(compiled.hash(), compiled);
        current.set(compiled);
        return compiled.hash();
    }

    private Compiled fromArchive(String hash) {
        Map<String, String> files = archive.load(hash);
        if (files.isEmpty()) {
            throw new IllegalStateException("Rule set " + hash + " is not archived");
        }
        return compile(files, "archived rule set " + hash);
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

    private static Compiled compile(Map<String, String> files, String source) {
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
        List<Band> bands;
        try {
            bands = files.containsKey(SchemeTable.FILE) ? SchemeTable.parse(files.get(SchemeTable.FILE)) : List.of();
        } catch (ValidationException e) {
            throw new IllegalStateException("Classification schemes in " + source + " are invalid:\n"
                    + String.join("\n", e.problems()));
        }
        KieBase kieBase = ks.newKieContainer(releaseId, RuleBase.class.getClassLoader()).getKieBase();
        ks.getRepository().removeKieModule(releaseId);
        log.info("Rule base built from {} ({} files) in {} ms", source, files.size(),
                (System.nanoTime() - started) / 1_000_000);
        return new Compiled(kieBase.newKieSessionsPool(2), sha256(files), Map.copyOf(files), bands);
    }

    private static String sha256(Map<String, String> drls) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            drls.forEach((path, drl) -> {
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(drl.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
