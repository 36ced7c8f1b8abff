package vn.parindex.security;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a routed path addresses in the engine's REST API, as outside tools call it ({@code /engine-rest}, for the
 * default engine or under {@code /engine/{name}}) or as the webapps do ({@code /camunda/api/engine/engine/{name}}):
 * the resource within the engine, e.g. {@code task/42/claim}, {@code engine} for the list of engines. Lower-case:
 * Jersey matches case-sensitively, and a guard must not be dodged by another spelling.
 */
record EngineResource(boolean webapps, String path) {

    private static final String REST = "/engine-rest";
    private static final String WEBAPPS = "/camunda/api/engine";
    private static final Pattern NAMED_ENGINE = Pattern.compile("/engine/[^/]+(/.*)?");

    static Optional<EngineResource> of(String routedPath) {
        String path = routedPath.toLowerCase(Locale.ROOT);
        if (within(path, REST)) {
            return Optional.of(new EngineResource(false, resource(path.substring(REST.length()))));
        }
        if (within(path, WEBAPPS)) {
            return Optional.of(new EngineResource(true, resource(path.substring(WEBAPPS.length()))));
        }
        return Optional.empty();
    }

    private static boolean within(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    /** rest: "" or "/…" after the API's root. */
    private static String resource(String rest) {
        Matcher named = NAMED_ENGINE.matcher(rest);
        String resource = named.matches() ? (named.group(1) == null ? "" : named.group(1)) : rest;
        return resource.isEmpty() ? "" : resource.substring(1);
    }
}
