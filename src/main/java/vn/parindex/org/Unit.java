package vn.parindex.org;

import java.time.LocalDate;
import java.util.List;

/** An assessed unit: a department, a district, a commune, a ward or a special zone. */
public record Unit(String code, String name, UnitType type, String rankingBlock, String parentCode,
                   LocalDate validFrom, LocalDate validTo, List<String> predecessors) {

    public Unit {
        predecessors = List.copyOf(predecessors);
    }

    /** True if the unit existed at some time in the calendar year. */
    public boolean activeIn(int year) {
        return !validFrom.isAfter(LocalDate.of(year, 12, 31))
                && (validTo == null || !validTo.isBefore(LocalDate.of(year, 1, 1)));
    }
}
