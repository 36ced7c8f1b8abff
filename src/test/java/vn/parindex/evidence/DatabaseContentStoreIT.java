package vn.parindex.evidence;

import org.springframework.beans.factory.annotation.Autowired;

/** The store contract on PostgreSQL chunks; a corruption is a changed byte in a chunk. */
class DatabaseContentStoreIT extends ContentStoreContract {

    @Autowired DatabaseContentStore store;

    @Override
    EvidenceContentStore store() {
        return store;
    }

    @Override
    void corrupt(String sha256) {
        jdbc.sql("update evidence_chunk set data = overlay(data placing '\\x00'::bytea from 100) where sha256 = ? and seq = 1")
                .param(sha256).update();
    }

    @Override
    void lose(String sha256) {
        store.deleteChunks(sha256);
    }

    @Override
    boolean holdsBytes(String sha256) {
        return store.holds(sha256);
    }
}
