package vn.parindex.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A pre-filled leaf as the forms show it: the source's figures, what the unit did with them ({@code state}:
 * PENDING, CONFIRMED or CORRECTED, and {@code label} saying so in Vietnamese), whether the entry still holds the
 * confirmed figures unchanged (what the appraiser relies on), and a later import's figures held back ({@code flag}).
 */
public record PrefillView(BigDecimal numerator, BigDecimal denominator, String source, LocalDate extractedOn,
                          String state, String label, boolean confirmedUnchanged, String decidedBy,
                          LocalDateTime decidedAt, BigDecimal flaggedNumerator, BigDecimal flaggedDenominator,
                          String flag) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static PrefillView of(StoredPrefill p, Answer self) {
        boolean matches = p.matches(self);
        String from = p.source() + ", trích xuất ngày " + p.extractedOn().format(DAY);
        String offered = PrefilledFigure.fraction(p.numerator(), p.denominator());
        String label = switch (p.state()) {
            case PENDING -> matches ? "Điền sẵn từ " + from + " — cần xác nhận"
                    : "Số liệu từ " + from + " là " + offered
                    + "; số đang nhập khác — cần xác nhận hoặc sửa kèm giải trình và tài liệu kiểm chứng";
            case CONFIRMED -> matches ? "Đơn vị đã xác nhận số liệu từ " + from + ", không sửa"
                    : "Đơn vị đã xác nhận số liệu từ " + from + " (" + offered
                    + ") nhưng sau đó nhập số khác";
            case CORRECTED -> "Đơn vị đã sửa số liệu từ " + from + " (" + offered
                    + "), kèm giải trình và tài liệu kiểm chứng";
        };
        String flag = p.flagged() ? "Lần nhập sau (" + p.flaggedSource() + ", trích xuất ngày "
                + p.flaggedExtractedOn().format(DAY) + ") cho "
                + PrefilledFigure.fraction(p.flaggedNumerator(), p.flaggedDenominator())
                + ", khác số liệu đơn vị đã xác nhận hoặc sửa — cần xem lại" : null;
        return new PrefillView(p.numerator(), p.denominator(), p.source(), p.extractedOn(), p.state().name(), label,
                p.state() == PrefillState.CONFIRMED && matches, p.decidedBy(), p.decidedAt(), p.flaggedNumerator(),
                p.flaggedDenominator(), flag);
    }
}
