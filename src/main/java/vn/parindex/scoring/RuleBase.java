package vn.parindex.scoring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.parindex.rules.RulesFolder;

/**
 * The compiled DRL of rules/. Built at start-up (failing fast with every compiler error); {@link #reload()}
 * builds a new base and swaps it in only if it compiles. Each evaluation runs in its own short session.
 */
@Component
public class RuleBase {

    private static final Logger log = LoggerFactory.getLogger(RuleBase.class);
    private static final AtomicLong BUILDS = new AtomicLong();

    private final RulesFolder folder;
    private final AtomicReference<Compiled> current = new AtomicReference<>();

    RuleBase(RulesFolder folder) {
        this.folder = folder;
        current.set(compile(folder.read(".drl")));
    }

    /** SHA-256 of the DRL text the current base was built from; stored with every score it produces. */
    public String hash() {
        return current.get().hash();
    }

    public void reload() {
        current.set(compile(folder.read(".drl")));
    }

    /** Inserts the facts, fires all rules and returns every fact in the session afterwards. */
    public List<Object> evaluate(Collection<?> facts) {
        KieSession session = current.get().kieBase().newKieSession();
        try {
            facts.forEach(session::insert);
            session.fireAllRules();
            return new ArrayList<>(session.getObjects());
        } finally {
            session.dispose();
        }
    }

    private record Compiled(KieBase kieBase, String hash) {
    }

    private Compiled compile(Map<String, String> drls) {
        if (drls.isEmpty()) {
            throw new IllegalStateException("No DRL found in " + folder.describe());
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
            throw new IllegalStateException("Rules in " + folder.describe() + " do not compile:\n"
                    + String.join("\n", errors.stream().map(Message::toString).toList()));
        }
        KieBase kieBase = ks.newKieContainer(releaseId, RuleBase.class.getClassLoader()).getKieBase();
        ks.getRepository().removeKieModule(releaseId);
        log.info("Rule base built from {} ({} files) in {} ms", folder.describe(), drls.size(),
                (System.nanoTime() - started) / 1_000_000);
        return new Compiled(kieBase, sha256(drls));
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
