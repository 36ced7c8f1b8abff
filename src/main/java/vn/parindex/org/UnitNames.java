package vn.parindex.org;

import org.springframework.stereotype.Component;

/** Unit names for task names in bpmn/ (bean {@code unitNames}). */
@Component("unitNames")
public class UnitNames {

    private final UnitRepository units;

    UnitNames(UnitRepository units) {
        this.units = units;
    }

    public String name(String code) {
        return units.name(code).orElse(code);
    }

    /** The name and the block the unit is ranked in, e.g. for a file in an appraiser's queue of many blocks. */
    public String withBlock(String code) {
        return units.find(code).map(u -> u.rankingBlock() == null ? u.name() : u.name() + " (" + u.rankingBlock() + ")")
                .orElse(code);
    }
}
