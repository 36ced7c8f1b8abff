package vn.parindex.org;

import java.time.LocalDate;
import java.util.List;

/**
 * An assessed unit: a department, a district, a commune, a ward or a special zone. {@code electronicId}: its official
 * electronic identifier ({@link ElectronicId}), or null when the registry gives none.
 */
public record Unit(String code, String name, UnitType type, String rankingBlock, String parentCode,
                   LocalDate validFrom, LocalDate validTo, List<String> predecessors, String electronicId) {

    public Unit {
        predecessors = List.copyOf(predecessors);
    }

    /** True if the unit existed on that day. */
    public boolean validOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    Unit withElectronicId(String id) {
        return new Unit(code, name, type, rankingBlock, parentCode, validFrom, validTo, predecessors, id);
    }
}
