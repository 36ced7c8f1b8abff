package vn.parindex.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parindex.AppProperties;
import vn.parindex.web.UserFacingException;
import vn.parindex.web.ValidationException;

/**
 * The versions of the rule set, kept in the database so that every node reads the same rules. The rules/ folder
 * seeds the first version and, whenever a developer changed it, a new adopted version at start-up or on reload.
 * An upload makes a draft of the adopted version with some files replaced; the standing body adopts it, and every
 * node reads the adopted version within {@code par.rules-poll-every} without a restart. A year keeps the rules it
 * was opened with (its rule hash and catalogue copy).
 */
@Service
public class RuleSets implements RuleFiles, SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(RuleSets.class);
    private static final String SYSTEM = "system";
    private static final List<String> KINDS = List.of(".drl", ".csv", ".properties");

    private final RuleSetRepository versions;
    private final RulesFolder folder;
    private final ObjectProvider<RuleSetCheck> checks;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private volatile RuleSet current;

    RuleSets(RuleSetRepository versions, AppProperties properties, ObjectProvider<RuleSetCheck> checks, ApplicationEventPublisher events,
             TransactionTemplate transactions) {
        this.versions = versions;
        this.folder = new RulesFolder(properties);
        this.checks = checks;
        this.events = events;
        this.transactions = transactions;
    }

    /** Seeds or updates the versions from rules/, then reads the adopted one; a broken rule set stops the start. */
    @Override
    public void afterSingletonsInstantiated() {
        RuleSet onDisk = RuleSet.of(0, folderFiles());
        Optional<Long> adopted = versions.adoptedId();
        if (adopted.isEmpty() || !versions.lastFolderHash().orElse("").equals(onDisk.hash())) {
            checkOrFail(onDisk);
            try {
                adoptFromFolder(onDisk, adopted.orElse(null), SYSTEM);
            } catch (UserFacingException e) {   // nodes starting together: one adopts, the others read its version
                log.info("Another node adopted a rule set first; reading the one in force");
            }
        }
        RuleSet inForce = versions.load(versions.adoptedId().orElseThrow());
        checkOrFail(inForce);
        current = inForce;
        log.info("Rule set version {} in force ({} files, seeded from {})", inForce.id(), inForce.files().size(), folder.describe());
    }

    /** The adopted version as this node last read it (at most {@code par.rules-poll-every} ago). */
    public RuleSet current() {
        return Objects.requireNonNull(current, "The rule set is read once the application has started");
    }

    /** The adopted version as the database has it now, for decisions that must not use an older one. */
    @Override
    public RuleSet latest() {
        refresh();
        return current();
    }

    @Override
    public Optional<String> file(String path) {
        return current().file(path);
    }

    @Override
    public Map<String, String> read(String suffix) {
        return current().read(suffix);
    }

    /** Reads the adopted version if another node (or this one) adopted a new one; keeps the old one if it fails here. */
    @Scheduled(fixedDelayString = "${par.rules-poll-every:PT2S}")
    public synchronized void refresh() {
        RuleSet known = current;
        Long adopted = versions.adoptedId().orElse(null);
        if (known == null || adopted == null || adopted == known.id()) {
            return;
        }
        RuleSet next = versions.load(adopted);
        try {
            check(next);
            current = next;
            log.info("Rule set version {} adopted; in force on this node from now on", adopted);
        } catch (RuntimeException e) {
            log.error("Adopted rule set version {} fails on this node; version {} stays in force", adopted, known.id(), e);
        }
    }

    public List<RuleSetVersion> versions() {
        return versions.all();
    }

    /** One version's files, e.g. a draft to compare a year with. */
    public RuleSet version(long id) {
        find(id);
        return versions.load(id);
    }

    /**
     * Stores a draft: the adopted version with those files replaced, checked whole first. An upload identical to the
     * rules in force is refused, so the list holds only real proposals.
     */
    public RuleSetVersion draft(Map<String, String> changes, String note, String actor) {
        RuleSet base = latest();
        RuleSet draft = base.with(changes);
        if (draft.hash().equals(base.hash())) {
            throw UserFacingException.conflict("Tệp không khác bộ luật đang áp dụng (phiên bản " + base.id()
                    + "); không lập bản nháp.");
        }
        check(draft);
        long id = transactions.execute(status -> {
            long stored = versions.insert(draft, "UPLOAD", note, base.id(), actor);
            events.publishEvent(new RuleSetDrafted(actor, base.id(), stored, note));
            return stored;
        });
        log.info("{} drafted rule set version {} ({}) from version {}", actor, id, note, base.id());
        return find(id);
    }

    /**
     * Puts a draft in force on every node. Refused when another version was adopted after the draft was made from
     * the one then in force: adopting it would silently undo that version's changes.
     */
    public RuleSetVersion adopt(long id, String actor) {
        RuleSetVersion draft = find(id);
        if (draft.state() != RuleSetVersion.State.DRAFT) {
            throw UserFacingException.conflict("Phiên bản " + id + " không phải bản nháp; đã được áp dụng trước đây.");
        }
        Long inForce = versions.adoptedId().orElse(null);
        if (!Objects.equals(draft.baseId(), inForce)) {
            throw UserFacingException.conflict("Bản nháp số " + id + " lập từ phiên bản " + draft.baseId() + ", nay phiên bản "
                    + inForce + " đang được áp dụng. Hãy nạp lại tệp để lập bản nháp mới.");
        }
        check(versions.load(id));
        transactions.executeWithoutResult(status -> {
            if (!versions.adopt(id, inForce, actor)) {
                throw UserFacingException.conflict("Một phiên bản khác vừa được áp dụng; hãy xem lại danh sách phiên bản.");
            }
            events.publishEvent(new RuleSetAdopted(actor, inForce, id, draft.note()));
        });
        log.info("{} adopted rule set version {}", actor, id);
        refresh();
        return find(id);
    }

    /** Deletes a draft nobody adopted. */
    public void discard(long id, String actor) {
        RuleSetVersion draft = find(id);
        if (draft.state() != RuleSetVersion.State.DRAFT || !versions.deleteDraft(id)) {
            throw UserFacingException.conflict("Phiên bản " + id + " không phải bản nháp; không thể hủy.");
        }
        events.publishEvent(new RuleSetDiscarded(actor, id, draft.note()));
    }

    /** Adopts rules/ as it is on disk now if it differs from the rules in force (a developer's edit of the DRL). */
    public RuleSetVersion reloadFromFolder(String actor) {
        RuleSet inForce = latest();
        RuleSet onDisk = RuleSet.of(0, folderFiles());
        if (onDisk.hash().equals(inForce.hash())) {
            return find(inForce.id());
        }
        check(onDisk);
        long id = adoptFromFolder(onDisk, inForce.id(), actor);
        refresh();
        return find(id);
    }

    private long adoptFromFolder(RuleSet onDisk, Long inForce, String actor) {
        return transactions.execute(status -> {
            long id = versions.insert(onDisk, "FOLDER", inForce == null ? "Bộ luật ban đầu từ thư mục rules/"
                    : "Thư mục rules/ đã được sửa", inForce, actor);
            if (!versions.adopt(id, inForce, actor)) {
                throw UserFacingException.conflict("Một phiên bản khác vừa được áp dụng; hãy thử lại.");
            }
            events.publishEvent(new RuleSetAdopted(actor, inForce, id, folder.describe()));
            log.info("Rule set version {} read from {} and adopted", id, folder.describe());
            return id;
        });
    }

    private RuleSetVersion find(long id) {
        return versions.find(id).orElseThrow(() -> UserFacingException.notFound("Không có phiên bản bộ luật số " + id + "."));
    }

    private Map<String, String> folderFiles() {
        Map<String, String> files = new TreeMap<>();
        KINDS.forEach(kind -> files.putAll(folder.read(kind)));
        return files;
    }

    /** Runs every check and lists all their problems at once. */
    private void check(RuleFiles candidate) {
        List<String> problems = new ArrayList<>();
        checks.orderedStream().forEach(check -> {
            try {
                check.check(candidate);
            } catch (ValidationException e) {
                problems.addAll(e.problems());
            } catch (IllegalStateException e) {
                problems.addAll(List.of(e.getMessage().split("\n")));
            }
        });
        if (!problems.isEmpty()) {
            throw new ValidationException("Bộ luật mới có " + problems.size() + " lỗi; vẫn dùng bộ luật hiện tại.", problems);
        }
    }

    private void checkOrFail(RuleSet rules) {
        try {
            check(rules);
        } catch (ValidationException e) {
            throw new IllegalStateException("The rule set from " + folder.describe() + " is invalid:\n"
                    + String.join("\n", e.problems()), e);
        }
    }
}
