package vn.parindex.complaint;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A unit's complaint (kiến nghị) about one leaf of its preliminary result, and its decision. */
public record Complaint(long id, int year, String unitCode, String leafCode, String reason, String status,
                       String filedBy, LocalDateTime filedAt, String decisionReason, BigDecimal newPoints,
                       String decidedBy, LocalDateTime decidedAt) {

    public static final String PENDING = "PENDING";
    public static final String INELIGIBLE = "INELIGIBLE";
    public static final String ACCEPTED = "ACCEPTED";
    public static final String REJECTED = "REJECTED";
}
