package vn.parindex.review;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.Stage;
import vn.parindex.criteria.CycleCatalogue;
import vn.parindex.criteria.Leaf;

/** The areas of a file an appraisal round must have confirmed, and those still waiting for their field. */
@Component
class RoundAreas {

    private final CycleCatalogue catalogue;
    private final AreaSignoffs signoffs;

    RoundAreas(CycleCatalogue catalogue, AreaSignoffs signoffs) {
        this.catalogue = catalogue;
        this.signoffs = signoffs;
    }

    /** The areas with a leaf the unit enters; survey-scored areas are the survey office's. */
    Set<String> required(Assessment a) {
        return Leaf.appraisedAreas(catalogue.leaves(a.year(), a.unitType()).stream());
    }

    Set<String> waiting(Assessment a, Stage stage) {
        Set<String> waiting = required(a);
        waiting.removeAll(signoffs.signed(a.id(), stage));
        return waiting;
    }
}
