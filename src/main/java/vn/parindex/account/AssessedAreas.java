package vn.parindex.account;

import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import vn.parindex.criteria.Catalogue;
import vn.parindex.criteria.Leaf;

/** The areas of the current catalogue that the appraisal team appraises: those with a leaf the unit enters. */
@Component
class AssessedAreas {

    private final Catalogue catalogue;

    AssessedAreas(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    Set<String> codes() {
        Set<String> codes = new TreeSet<>();
        catalogue.current().leaves().values().forEach(leaves -> leaves.stream().filter(l -> l.method().enteredByUnit())
                .map(Leaf::areaCode).forEach(codes::add));
        return codes;
    }
}
