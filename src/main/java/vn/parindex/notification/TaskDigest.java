package vn.parindex.notification;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.parindex.security.Roles;
import vn.parindex.security.UserNames;
import vn.parindex.workflow.EngineClock;

/**
 * Once a day, one e-mail to each member of the province's staff (standing body, appraisal team, council, complaint
 * reviewers, leadership, survey office) with an address, listing the tasks waiting on him: assigned to him, or
 * offered to one of his groups and taken by nobody, each with its link in the Tasklist, newest first (what came since
 * the last digest; the count and a link to the Tasklist cover the rest). Nobody without such a task
 * gets one; a day's digest is written once per address whichever node runs first.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
class TaskDigest {

    private static final Logger log = LoggerFactory.getLogger(TaskDigest.class);
    private static final List<String> STAFF = List.of(Roles.STANDING_BODY, Roles.APPRAISAL_TEAM, Roles.COUNCIL,
            Roles.COMPLAINT_REVIEWERS, Roles.LEADERSHIP, Roles.SURVEY_OFFICE);
    /** Tasks listed in one mail; an appraiser may wait on every unit of the province. */
    static final int LISTED = 100;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final IdentityService identity;
    private final TaskService tasks;
    private final MailOutbox outbox;
    private final MailLinks links;

    TaskDigest(ProcessEngine engine, MailOutbox outbox, MailLinks links) {
        this.identity = engine.getIdentityService();
        this.tasks = engine.getTaskService();
        this.outbox = outbox;
        this.links = links;
    }

    /** Queues today's digests; returns how many were queued by this call. */
    @Scheduled(cron = "${par.mail.digest-cron:0 0 7 * * *}")
    public int queueToday() {
        LocalDate today = EngineClock.now().toLocalDate();
        int queued = 0;
        for (User user : staff().values()) {
            List<String> groups = identity.createGroupQuery().groupMember(user.getId()).list().stream()
                    .map(Group::getId).toList();
            TaskQuery waiting = tasks.createTaskQuery().active().or().taskAssignee(user.getId())
                    .taskCandidateGroupIn(groups).endOr();
            long count = waiting.count();
            if (count > 0 && outbox.queue(null, user.getEmail(), subject(count, today),
                    body(user, waiting.orderByTaskCreateTime().desc().listPage(0, LISTED), count), today)) {
                queued++;
            }
        }
        log.info("Queued {} digests of waiting tasks for {}", queued, today);
        return queued;
    }

    private Map<String, User> staff() {
        Map<String, User> byId = new LinkedHashMap<>();
        for (String group : STAFF) {
            identity.createUserQuery().memberOfGroup(group).list().stream()
                    .filter(u -> u.getEmail() != null && !u.getEmail().isBlank())
                    .forEach(u -> byId.putIfAbsent(u.getId(), u));
        }
        return byId;
    }

    private static String subject(long count, LocalDate today) {
        return "Chỉ số CCHC: " + count + " việc đang chờ anh/chị xử lý (ngày " + today.format(DAY) + ")";
    }

    private String body(User user, List<Task> listed, long count) {
        List<String> lines = new ArrayList<>();
        lines.add("Kính gửi " + fullName(user) + ",");
        lines.add("");
        lines.add("Các việc đang chờ anh/chị xử lý trong Tasklist:");
        for (Task task : listed) {
            lines.add("- " + task.getName() + " (từ ngày " + DAY.format(task.getCreateTime().toInstant()
                    .atZone(ZoneId.systemDefault())) + "): " + links.task(task.getId()));
        }
        if (count > listed.size()) {
            lines.add("… và " + (count - listed.size()) + " việc khác: " + links.tasklist());
        }
        lines.add("");
        lines.add(MailOutbox.FOOTER);
        return String.join("\n", lines);
    }

    private static String fullName(User user) {
        String name = UserNames.full(user);
        return name.isEmpty() ? user.getId() : name;
    }
}
