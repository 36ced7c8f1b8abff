package vn.parindex.scoring.facts;

import java.math.BigDecimal;
import vn.parindex.criteria.Leaf;

/** A catalogue leaf as the rules see it: method and its parameters p1..p3 (see ScoringMethod). */
public final class LeafFact {
    private final String code;
    private final String areaCode;
    private final String criterionCode;
    private final BigDecimal max;
    private final String method;
    private final BigDecimal p1;
    private final BigDecimal p2;
    private final BigDecimal p3;
    private final boolean evidenceRequired;

    public LeafFact(Leaf leaf) {
        this.code = leaf.code();
        this.areaCode = leaf.areaCode();
        this.criterionCode = leaf.criterionCode();
        this.max = leaf.maxPoints();
        this.method = leaf.method().name();
        this.p1 = leaf.p1();
        this.p2 = leaf.p2();
        this.p3 = leaf.p3();
        this.evidenceRequired = leaf.evidenceRequired();
    }

    public String getCode() { return code; }
    public String getAreaCode() { return areaCode; }
    public String getCriterionCode() { return criterionCode; }
    public BigDecimal getMax() { return max; }
    public String getMethod() { return method; }
    public BigDecimal getP1() { return p1; }
    public BigDecimal getP2() { return p2; }
    public BigDecimal getP3() { return p3; }
    public boolean isEvidenceRequired() { return evidenceRequired; }
}
