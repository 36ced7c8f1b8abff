package vn.parindex.org;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The registry's units as the other modules read them; only {@link UnitRegistry} changes them. */
@Service
public class Units {

    private final UnitRepository units;

    Units(UnitRepository units) {
        this.units = units;
    }

    /** Every registered unit, by type and code. */
    public List<Unit> findAll() {
        return units.findAll();
    }

    /** Every registered unit by its code, read in two queries (for work over many units). */
    public Map<String, Unit> byCode() {
        return units.byCode();
    }

    /** Each registered unit's code by its official electronic identifier, for units that have one. */
    public Map<String, String> codesByElectronicId() {
        return units.codesByElectronicId();
    }

    public Optional<Unit> find(String code) {
        return units.find(code);
    }

    public Optional<String> name(String code) {
        return units.name(code);
    }

    public boolean exists(String code) {
        return units.exists(code);
    }
}
