package vn.parindex.cycle;

import java.time.LocalDateTime;

/** The preliminary results are public; units may complain until {@code complaintsUntil}. */
public record PreliminaryResultsPublished(int year, LocalDateTime complaintsUntil) {
}
