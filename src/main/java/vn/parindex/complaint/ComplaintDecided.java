package vn.parindex.complaint;

import java.math.BigDecimal;

/** A complaint was decided: accepted with the leaf's new points, or not; {@code reason}: the decision's grounds. */
public record ComplaintDecided(int year, String unitCode, long complaintId, String leafCode, boolean accepted,
                               BigDecimal newPoints, String reason) {
}
