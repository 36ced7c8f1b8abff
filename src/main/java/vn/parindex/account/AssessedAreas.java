package vn.parindex.account;

import java.util.List;
import java.util.Set;
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
        return Leaf.appraisedAreas(catalogue.current().leaves().values().stream().flatMap(List::stream));
    }
}
