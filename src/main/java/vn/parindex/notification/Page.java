package vn.parindex.notification;

/** A page of the application an e-mail can lead to, with the words of its link. */
enum Page {
    COMPLAINTS("/kien-nghi.html", "Gửi và theo dõi kiến nghị về kết quả sơ bộ"),
    RESULTS("/ket-qua.html", "Xem kết quả");

    private final String path;
    private final String label;

    Page(String path, String label) {
        this.path = path;
        this.label = label;
    }

    String path() {
        return path;
    }

    String label() {
        return label;
    }
}
