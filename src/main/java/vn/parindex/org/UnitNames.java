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
}
