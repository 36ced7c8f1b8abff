package vn.parindex.survey;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.parindex.rules.RuleFiles;
import vn.parindex.rules.RuleSetCheck;
import vn.parindex.spreadsheet.SheetReader;

/**
 * The survey's answer options and their weights, from {@code rules/survey/answer-options.csv} (editable by
 * administrators). A leaf surveyed by answer counts gets the rate Σ count × weight ÷ Σ count, in percent.
 */
@Component
public class AnswerOptions implements RuleSetCheck {

    static final String FILE = "survey/answer-options.csv";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public record Option(String code, String label, BigDecimal weight) {
    }

    private final RuleFiles rules;

    AnswerOptions(RuleFiles rules) {
        this.rules = rules;
    }

    @Override
    public void check(RuleFiles candidate) {
        new AnswerOptions(candidate).list();
    }

    /** The options in file order; a malformed file is an administrator's error, reported in English in the log. */
    public List<Option> list() {
        String csv = rules.file(FILE).orElseThrow(() -> new IllegalStateException("rules/" + FILE + " is missing"));
        List<Option> options = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        try {
            List<List<String>> rows = SheetReader.semicolonSeparated(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
            for (List<String> row : rows.subList(1, rows.size())) {
                if (row.isEmpty()) {
                    continue;
                }
                BigDecimal weight = new BigDecimal(row.get(2));
                if (row.get(0).isEmpty() || !codes.add(row.get(0)) || weight.signum() < 0 || weight.compareTo(HUNDRED) > 0) {
                    throw new IllegalStateException("rules/" + FILE + ": bad option row " + row);
                }
                options.add(new Option(row.get(0), row.get(1), weight));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            throw new IllegalStateException("rules/" + FILE + ": every row needs code;label;weight", e);
        }
        return options;
    }

    /** The weighted rate of the counts (every option present, total above zero: checked by the caller). */
    static BigDecimal rate(List<Option> options, Map<String, Integer> counts) {
        BigDecimal weighted = BigDecimal.ZERO;
        long total = 0;
        for (Option option : options) {
            int count = counts.get(option.code());
            weighted = weighted.add(option.weight().multiply(BigDecimal.valueOf(count)));
            total += count;
        }
        return weighted.divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
    }
}
