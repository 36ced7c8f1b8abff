package vn.parindex.scoring.facts;

/** Input of the complaint eligibility rules. */
public final class ComplaintCase {
    private final boolean windowOpen;
    private final boolean leafOfUnit;
    private final int otherOpenOrDecidedOnLeaf;

    public ComplaintCase(boolean windowOpen, boolean leafOfUnit, int otherOpenOrDecidedOnLeaf) {
        this.windowOpen = windowOpen;
        this.leafOfUnit = leafOfUnit;
        this.otherOpenOrDecidedOnLeaf = otherOpenOrDecidedOnLeaf;
    }

    public boolean isWindowOpen() { return windowOpen; }
    public boolean isLeafOfUnit() { return leafOfUnit; }
    public int getOtherOpenOrDecidedOnLeaf() { return otherOpenOrDecidedOnLeaf; }
}
