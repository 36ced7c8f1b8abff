package vn.parindex.criteria;

/** Columns of a catalogue file (and of its sheet in the Excel round trip), in order, with their Vietnamese headers. */
enum CatalogueColumn {
    AREA_CODE("Mã lĩnh vực"),
    AREA_TITLE("Tên lĩnh vực"),
    AREA_MAX("Điểm tối đa lĩnh vực"),
    CRITERION_CODE("Mã tiêu chí"),
    CRITERION_TITLE("Tên tiêu chí"),
    CRITERION_MAX("Điểm tối đa tiêu chí"),
    LEAF_CODE("Mã tiêu chí thành phần"),
    LEAF_TITLE("Tên tiêu chí thành phần"),
    MAX("Điểm tối đa"),
    METHOD("Phương pháp chấm"),
    P1("Tham số 1"),
    P2("Tham số 2"),
    P3("Tham số 3"),
    EVIDENCE("Bắt buộc tài liệu kiểm chứng (x)"),
    /** Optional, last so that files without it still read: the area's name over a column of results. */
    AREA_SHORT_TITLE("Tên ngắn lĩnh vực");

    final String header;

    CatalogueColumn(String header) {
        this.header = header;
    }

    boolean numeric() {
        return this == AREA_MAX || this == CRITERION_MAX || this == MAX || this == P1 || this == P2 || this == P3;
    }

    boolean points() {
        return this == AREA_MAX || this == CRITERION_MAX || this == MAX;
    }
}
