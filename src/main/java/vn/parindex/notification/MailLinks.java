package vn.parindex.notification;

import java.net.URI;
import org.springframework.stereotype.Component;
import vn.parindex.AppProperties;

/** Absolute links for e-mails, from the application's public address ({@code par.public-url}). */
@Component
class MailLinks {

    private static final String TASKLIST = "/camunda/app/tasklist/default/";
    private final String base;

    MailLinks(AppProperties properties) {
        URI url = URI.create(properties.publicUrl());
        if (!"https".equals(url.getScheme()) && !"http".equals(url.getScheme()) || url.getHost() == null) {
            throw new IllegalStateException("par.public-url must be an http(s) address, not " + properties.publicUrl());
        }
        this.base = properties.publicUrl().replaceAll("/+$", "");
    }

    String task(String taskId) {
        return base + TASKLIST + "#/?task=" + taskId;
    }

    String tasklist() {
        return base + TASKLIST;
    }

    String page(Page page) {
        return base + page.path();
    }
}
