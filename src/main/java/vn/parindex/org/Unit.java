package vn.parindex.org;

import java.time.LocalDate;
import java.util.List;

/** An assessed unit: a department, a district, a commune, a ward or a special zone. */
public record Unit(String code, String name, UnitType type, String rankingBlock, String parentCode,
                   LocalDate validFrom, LocalDate validTo, List<String> predecessors) {

    public Unit {
        predecessors = List.copyOf(predecessors);
    }

    /** True if the unit existed on that day. */
    public boolean validOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }
}
