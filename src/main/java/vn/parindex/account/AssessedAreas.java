package vn.parindex.account;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import vn.parindex.criteria.Catalogue;
import vn.parindex.criteria.Leaf;

/**
 * The areas of the current catalogue and their titles; the appraisal team appraises those with a leaf the unit
 * enters, the others (the impact area) are scored by the social survey.
 */
@Component
class AssessedAreas {

    private final Catalogue catalogue;

    AssessedAreas(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    Set<String> codes() {
        return Leaf.appraisedAreas(leaves().stream());
    }

    /** Every area's title by code, appraised or not. */
    Map<String, String> titles() {
        Map<String, String> titles = new TreeMap<>();
        leaves().forEach(l -> titles.putIfAbsent(l.areaCode(), l.areaTitle()));
        return titles;
    }

    /** Why an appraiser cannot be given this area, if he cannot. */
    Optional<String> refusal(String area) {
        if (codes().contains(area)) {
            return Optional.empty();
        }
        String title = titles().get(area);
        return Optional.of(title != null
                ? "lĩnh vực \"" + area + "\" (" + title + ") được chấm bằng kết quả điều tra xã hội học, không do tổ thẩm định chấm."
                : "không có lĩnh vực \"" + area + "\" trong bộ tiêu chí (tổ thẩm định chấm: " + String.join(", ", codes()) + ").");
    }

    private List<Leaf> leaves() {
        return catalogue.current().leaves().values().stream().flatMap(List::stream).toList();
    }
}
