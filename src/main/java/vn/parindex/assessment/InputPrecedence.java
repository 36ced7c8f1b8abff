package vn.parindex.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.parindex.rules.RuleFiles;
import vn.parindex.rules.RuleSetCheck;
import vn.parindex.scoring.RuleBase;
import vn.parindex.spreadsheet.SheetReader;
import vn.parindex.web.ValidationException;

/**
 * Which entered stage's input counts when a stage is scored, and which points set directly (by the council, on a
 * complaint) replace the rules' points: regulation, so a table of the rule set (rules/scoring/uu-tien-giai-doan.csv),
 * versioned, hashed and archived with its DRL. Stages are named by their Vietnamese labels.
 */
@Component
class InputPrecedence implements RuleSetCheck {

    static final String FILE = "scoring/uu-tien-giai-doan.csv";
    static final List<String> HEADERS = List.of("Giai đoạn chấm điểm",
            "Kết quả nhập được tính (giai đoạn mới nhất trước)",
            "Điểm đặt trực tiếp thay điểm theo quy tắc (mạnh nhất trước)");
    private static final Set<Stage> SCORED = Set.of(Stage.SELF, Stage.APPRAISAL_1, Stage.APPRAISAL_2, Stage.RESULT);
    private static final Set<Stage> ENTERED = Set.of(Stage.SELF, Stage.APPRAISAL_1, Stage.EXPLANATION, Stage.APPRAISAL_2);
    private static final Set<Stage> SET_DIRECTLY = Set.of(Stage.COUNCIL, Stage.COMPLAINT);

    /** What every rule set archived before the table applied (it was written in Java then). */
    static final Table BEFORE_THE_TABLE = new Table(Map.of(
            Stage.SELF, List.of(Stage.SELF),
            Stage.APPRAISAL_1, List.of(Stage.APPRAISAL_1, Stage.SELF),
            Stage.APPRAISAL_2, List.of(Stage.APPRAISAL_2, Stage.EXPLANATION, Stage.APPRAISAL_1, Stage.SELF),
            Stage.RESULT, List.of(Stage.APPRAISAL_2, Stage.EXPLANATION, Stage.APPRAISAL_1, Stage.SELF)),
            Map.of(Stage.RESULT, List.of(Stage.COMPLAINT, Stage.COUNCIL)));

    private final RuleBase rules;
    private final Map<String, Table> byHash = new ConcurrentHashMap<>();

    InputPrecedence(RuleBase rules) {
        this.rules = rules;
    }

    /** The table of the rule set with that hash. */
    Table of(String ruleHash) {
        return byHash.computeIfAbsent(ruleHash, hash -> rules.file(hash, FILE).map(InputPrecedence::parse)
                .orElse(BEFORE_THE_TABLE));
    }

    @Override
    public void check(RuleFiles candidate) {
        candidate.file(FILE).ifPresent(InputPrecedence::parse);
    }

    /** Per scored stage, the entered stages whose input counts (latest first) and the direct settings (strongest first). */
    record Table(Map<Stage, List<Stage>> inputs, Map<Stage, List<Stage>> overrides) {

        List<Stage> inputs(Stage scored) {
            return inputs.getOrDefault(scored, List.of());
        }

        List<Stage> overrides(Stage scored) {
            return overrides.getOrDefault(scored, List.of());
        }
    }

    static Table parse(String csv) {
        List<List<String>> rows = SheetReader.semicolonSeparated(csv);
        String location = "Tệp " + FILE;
        if (rows.isEmpty() || !SheetReader.startsWithHeaders(rows.get(0), HEADERS)) {
            throw ValidationException.single(location + ": dòng 1 phải là tiêu đề: " + String.join("; ", HEADERS) + ".");
        }
        List<String> problems = new ArrayList<>();
        Map<Stage, List<Stage>> inputs = new EnumMap<>(Stage.class);
        Map<Stage, List<Stage>> overrides = new EnumMap<>(Stage.class);
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            String at = location + ", dòng " + (r + 1);
            List<Stage> scored = stages(cell(row, 0), SCORED, at + ", cột 1", problems);
            List<Stage> entered = stages(cell(row, 1), ENTERED, at + ", cột 2", problems);
            List<Stage> direct = stages(cell(row, 2), SET_DIRECTLY, at + ", cột 3", problems);
            if (scored.size() > 1) {
                problems.add(at + ", cột 1: mỗi dòng một giai đoạn chấm điểm.");
            }
            if (cell(row, 1).isBlank()) {
                problems.add(at + ", cột 2: cần ít nhất một giai đoạn nhập kết quả.");
            }
            if (scored.size() == 1 && inputs.put(scored.get(0), entered) != null) {
                problems.add(at + ": giai đoạn \"" + scored.get(0).label() + "\" đã có ở dòng trên.");
            } else if (scored.size() == 1 && !direct.isEmpty()) {
                overrides.put(scored.get(0), direct);
            }
        }
        SCORED.stream().filter(stage -> !inputs.containsKey(stage)).sorted()
                .forEach(stage -> problems.add(location + ": thiếu dòng cho giai đoạn \"" + stage.label() + "\"."));
        if (!problems.isEmpty()) {
            throw new ValidationException(location + " có " + problems.size() + " lỗi", problems);
        }
        return new Table(Map.copyOf(inputs), Map.copyOf(overrides));
    }

    private static String cell(List<String> row, int column) {
        return column < row.size() ? row.get(column).strip() : "";
    }

    /** Stages named by label, comma-separated, each of the allowed ones once. */
    private static List<Stage> stages(String cell, Set<Stage> allowed, String at, List<String> problems) {
        List<Stage> stages = new ArrayList<>();
        for (String name : cell.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            Optional<Stage> stage = Arrays.stream(Stage.values()).filter(s -> s.label().equalsIgnoreCase(name.strip()))
                    .filter(allowed::contains).findFirst();
            if (stage.isEmpty()) {
                problems.add(at + ": \"" + name.strip() + "\" không phải một trong: "
                        + String.join(", ", allowed.stream().sorted().map(Stage::label).toList()) + ".");
            } else if (stages.contains(stage.get())) {
                problems.add(at + ": \"" + name.strip() + "\" ghi hai lần.");
            } else {
                stages.add(stage.get());
            }
        }
        return stages;
    }
}
