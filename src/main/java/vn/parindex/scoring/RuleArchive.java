package vn.parindex.scoring;

import java.util.Map;

/** Keeps the DRL text of every rule set that scored a year, by hash. */
public interface RuleArchive {

    /** The files of the rule set, or an empty map if it was never stored. */
    Map<String, String> load(String hash);

    void store(String hash, Map<String, String> files);
}
