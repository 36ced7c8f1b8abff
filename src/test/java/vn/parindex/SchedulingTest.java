package vn.parindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.scheduling.annotation.Scheduled;

/** Scheduled tasks run on a node that serves users, and not in a command started without a web server. */
class SchedulingTest {

    static class Task {
        final CountDownLatch runs = new CountDownLatch(3);

        @Scheduled(fixedDelay = 1)
        void run() {
            runs.countDown();
        }
    }

    @Test
    void aNodeRunsItsScheduledTasks() {
        new WebApplicationContextRunner().withUserConfiguration(Scheduling.class).withBean(Task.class)
                .run(node -> assertThat(node.getBean(Task.class).runs.await(5, TimeUnit.SECONDS)).isTrue());
    }

    @Test
    void aCommandWithoutWebServerRunsNone() {
        new ApplicationContextRunner().withUserConfiguration(Scheduling.class).withBean(Task.class)
                .run(command -> assertThat(command.getBean(Task.class).runs.await(300, TimeUnit.MILLISECONDS)).isFalse());
    }
}
