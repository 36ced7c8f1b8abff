package vn.parindex.scoring.facts;

import java.math.BigDecimal;
import vn.parindex.criteria.Leaf;

/** A catalogue leaf as the rules see it. */
public final class LeafFact {
    private final String code;
    private final String areaCode;
    private final BigDecimal max;
    private final String method;
    private final BigDecimal target;
    private final boolean evidenceRequired;

    public LeafFact(Leaf leaf) {
        this.code = leaf.code();
        this.areaCode = leaf.areaCode();
        this.max = leaf.maxPoints();
        this.method = leaf.method().name();
        this.target = leaf.target();
        this.evidenceRequired = leaf.evidenceRequired();
    }

    public String getCode() { return code; }
    public String getAreaCode() { return areaCode; }
    public BigDecimal getMax() { return max; }
    public String getMethod() { return method; }
    public BigDecimal getTarget() { return target; }
    public boolean isEvidenceRequired() { return evidenceRequired; }
}
