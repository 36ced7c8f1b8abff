package vn.parindex.review;

import java.util.List;

/** Round 1 found leaves the unit must explain. */
public record ExplanationRequested(int year, String unitCode, List<String> leafCodes) {
}
