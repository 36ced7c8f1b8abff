package vn.parindex.workflow;

import java.util.Set;

/** Whoever asks the engine to complete a task: a user id and the groups that make him a candidate. */
public interface Caller {

    String id();

    Set<String> groups();

    default boolean inGroup(String group) {
        return groups().contains(group);
    }
}
