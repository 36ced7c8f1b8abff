package vn.parindex.report;

/** The heading of a printed report: the province, the report's title, and its details (stage, decision, date made). */
record ReportHeading(String province, String title, String details) {

    /** The same heading, its details opened by what this copy is about (a block, a unit). */
    ReportHeading about(String subject) {
        return new ReportHeading(province, title, subject + " — " + details);
    }
}
