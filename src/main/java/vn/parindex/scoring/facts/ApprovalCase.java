package vn.parindex.scoring.facts;

/** Input of the approval readiness rules. */
public final class ApprovalCase {
    private final boolean complaintWindowClosed;
    private final int pendingComplaints;
    private final int unitsWithoutResult;

    public ApprovalCase(boolean complaintWindowClosed, int pendingComplaints, int unitsWithoutResult) {
        this.complaintWindowClosed = complaintWindowClosed;
        this.pendingComplaints = pendingComplaints;
        this.unitsWithoutResult = unitsWithoutResult;
    }

    public boolean isComplaintWindowClosed() { return complaintWindowClosed; }
    public int getPendingComplaints() { return pendingComplaints; }
    public int getUnitsWithoutResult() { return unitsWithoutResult; }
}
