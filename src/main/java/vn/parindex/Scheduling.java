package vn.parindex;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The scheduled tasks (the mail outbox, the rules' poll, the morning digest, the nightly evidence cleanup) run on the
 * nodes that serve users; a command started without a web server (the evidence migration) runs none of them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableScheduling
class Scheduling {
}
