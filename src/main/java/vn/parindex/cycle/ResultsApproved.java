package vn.parindex.cycle;

/** Leadership approved the year's final results ({@code reason}: its remark, if any). */
public record ResultsApproved(String actor, int year, String reason) {
}
