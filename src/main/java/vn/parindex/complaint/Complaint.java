package vn.parindex.complaint;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A unit's complaint (kiến nghị) about one leaf of its preliminary result, and its decision. */
public record Complaint(long id, int year, String unitCode, String leafCode, String reason, ComplaintStatus status,
                       String filedBy, LocalDateTime filedAt, String decisionReason, BigDecimal newPoints,
                       String decidedBy, LocalDateTime decidedAt) {
}
