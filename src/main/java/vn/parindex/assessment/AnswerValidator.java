package vn.parindex.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.parindex.criteria.Leaf;
import vn.parindex.web.Numbers;
import vn.parindex.web.Text;
import vn.parindex.web.ValidationException;

/**
 * Checks a batch of entries against the year's catalogue. Each problem is reported as a line and under its leaf's
 * code, so a form can show it beside the leaf. The caller stores the {@link #valid()} entries and reports the others
 * ({@link #reportRejected()}).
 */
final class AnswerValidator {

    private final List<String> lines = new ArrayList<>();
    private final Map<String, List<String>> byLeaf = new LinkedHashMap<>();
    private final List<AnswerInput> checked = new ArrayList<>();

    private AnswerValidator() {
    }

    /** Checks every entry; only an empty batch is refused at once. */
    static AnswerValidator check(List<AnswerInput> inputs, List<Leaf> leaves, boolean appraiser) {
        if (inputs == null || inputs.isEmpty()) {
            throw new ValidationException("Không có nội dung để lưu.", List.of("Danh sách tiêu chí trống."));
        }
        Map<String, Leaf> byCode = leaves.stream().collect(Collectors.toMap(Leaf::code, Function.identity()));
        AnswerValidator problems = new AnswerValidator();
        Set<String> seen = new HashSet<>();
        for (AnswerInput in : inputs) {
            if (in == null) {
                problems.lines.add("Danh sách có một mục trống.");
                continue;
            }
            Leaf leaf = in.leafCode() == null ? null : byCode.get(in.leafCode());
            if (leaf == null) {
                problems.lines.add("Tiêu chí \"" + in.leafCode() + "\" không có trong bộ tiêu chí của đơn vị.");
                continue;
            }
            problems.checked.add(in);
            problems.check(leaf, in, seen.add(leaf.code()), appraiser);
        }
        return problems;
    }

    /** The entries of the catalogue's leaves that have no problem (a leaf sent twice has one). */
    List<AnswerInput> valid() {
        return checked.stream().filter(in -> !byLeaf.containsKey(in.leafCode())).toList();
    }

    /** After the valid entries were stored: the others, each under its leaf. */
    void reportRejected() {
        throwIfAny(valid().isEmpty() ? "Dữ liệu không hợp lệ; chưa lưu thay đổi nào."
                : "Đã lưu các tiêu chí hợp lệ; chưa lưu các mục có dữ liệu không hợp lệ"
                        + (byLeaf.isEmpty() ? "." : " (tiêu chí " + String.join(", ", byLeaf.keySet()) + ")."));
    }

    /** Points set directly must lie within 0..max of the leaf. */
    static void validatePoints(Leaf leaf, BigDecimal points) {
        if (points == null || points.signum() < 0 || points.compareTo(leaf.maxPoints()) > 0) {
            AnswerValidator problems = new AnswerValidator();
            problems.add(leaf, "điểm phải từ 0 đến " + leaf.maxPoints().stripTrailingZeros().toPlainString() + ".");
            problems.throwIfAny("Điểm không hợp lệ; chưa lưu thay đổi nào.");
        }
    }

    private void check(Leaf leaf, AnswerInput in, boolean first, boolean appraiser) {
        if (!first) {
            add(leaf, "được gửi hai lần.");
        }
        if (!leaf.method().enteredByUnit()) {
            add(leaf, "chấm bằng điều tra xã hội học, không nhập điểm ở đây.");
            return;
        }
        if (in.note() != null && in.note().length() > Text.LONG_CHARS) {
            add(leaf, "giải trình dài quá " + Text.LONG_CHARS + " ký tự.");
        }
        if (!appraiser && (in.isExplanationRequested() || in.isExplanationAccepted())) {
            add(leaf, "chỉ tổ thẩm định được đề nghị giải trình hoặc chấp nhận giải trình.");
        }
        if (!in.unreadable().isEmpty()) {
            add(leaf, String.join(", ", in.unreadable()) + " không phải là số (" + Numbers.RULE
                    + "; phần thập phân sau dấu phẩy, ví dụ 1,5).");
            return;
        }
        if (in.isFraction() && !fractionValid(leaf, in)) {
            return;
        }
        if (!in.isNotApplicable() && in.value() != null && !leaf.method().accepts(in.value())) {
            add(leaf, "chỉ nhận " + leaf.method().inputHint() + ".");
        }
    }

    private boolean fractionValid(Leaf leaf, AnswerInput in) {
        int before = lines.size();
        if (!leaf.method().rate()) {
            add(leaf, "chỉ tiêu chí tính theo tỷ lệ mới nhập tử số và mẫu số.");
        } else if (in.numerator() == null || in.denominator() == null) {
            add(leaf, "cần nhập cả tử số và mẫu số.");
        } else if (in.denominator().signum() <= 0) {
            add(leaf, "mẫu số phải lớn hơn 0.");
        } else if (in.numerator().signum() < 0 || in.numerator().compareTo(in.denominator()) > 0) {
            add(leaf, "tử số phải từ 0 đến mẫu số.");
        }
        return lines.size() == before;
    }

    private void add(Leaf leaf, String message) {
        lines.add("Tiêu chí " + leaf.code() + ": " + message);
        byLeaf.computeIfAbsent(leaf.code(), c -> new ArrayList<>()).add(message);
    }

    private void throwIfAny(String summary) {
        if (!lines.isEmpty()) {
            throw new ValidationException(summary, lines, byLeaf);
        }
    }
}
