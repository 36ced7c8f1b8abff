package vn.parindex.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.parindex.criteria.Leaf;
import vn.parindex.criteria.ScoringMethod;
import vn.parindex.web.ValidationException;

/** Checks a batch of entries against the year's catalogue; any problem rejects the whole batch. */
final class AnswerValidator {

    private static final int MAX_NOTE = 2000;

    private AnswerValidator() {
    }

    static void validate(List<AnswerInput> inputs, List<Leaf> leaves, boolean appraiser) {
        Map<String, Leaf> byCode = leaves.stream().collect(Collectors.toMap(Leaf::code, Function.identity()));
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (inputs == null || inputs.isEmpty()) {
            throw new ValidationException("Không có nội dung để lưu.", List.of("Danh sách tiêu chí trống."));
        }
        for (AnswerInput in : inputs) {
            Leaf leaf = in.leafCode() == null ? null : byCode.get(in.leafCode());
            if (leaf == null) {
                problems.add("Tiêu chí \"" + in.leafCode() + "\" không có trong bộ tiêu chí của đơn vị.");
                continue;
            }
            String at = "Tiêu chí " + leaf.code() + ": ";
            if (!seen.add(leaf.code())) {
                problems.add(at + "được gửi hai lần.");
            }
            if (!leaf.method().enteredByUnit()) {
                problems.add(at + "chấm bằng điều tra xã hội học, không nhập điểm ở đây.");
                continue;
            }
            if (in.note() != null && in.note().length() > MAX_NOTE) {
                problems.add(at + "giải trình dài quá " + MAX_NOTE + " ký tự.");
            }
            if (!appraiser && (in.isExplanationRequested() || in.isExplanationAccepted())) {
                problems.add(at + "chỉ tổ thẩm định được đề nghị giải trình hoặc chấp nhận giải trình.");
            }
            if (in.isFraction() && !fractionValid(leaf, in, at, problems)) {
                continue;
            }
            if (!in.isNotApplicable() && in.value() != null && !leaf.method().accepts(in.value())) {
                problems.add(at + "chỉ nhận " + leaf.method().inputHint() + ".");
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException("Dữ liệu không hợp lệ; chưa lưu thay đổi nào.", problems);
        }
    }

    private static boolean fractionValid(Leaf leaf, AnswerInput in, String at, List<String> problems) {
        int before = problems.size();
        if (leaf.method() != ScoringMethod.RATE && leaf.method() != ScoringMethod.RATE_BANDS) {
            problems.add(at + "chỉ tiêu chí tính theo tỷ lệ mới nhập tử số và mẫu số.");
        } else if (in.numerator() == null || in.denominator() == null) {
            problems.add(at + "cần nhập cả tử số và mẫu số.");
        } else if (in.denominator().signum() <= 0) {
            problems.add(at + "mẫu số phải lớn hơn 0.");
        } else if (in.numerator().signum() < 0 || in.numerator().compareTo(in.denominator()) > 0) {
            problems.add(at + "tử số phải từ 0 đến mẫu số.");
        }
        return problems.size() == before;
    }

    /** Points set directly must lie within 0..max of the leaf. */
    static void validatePoints(Leaf leaf, BigDecimal points) {
        if (points == null || points.signum() < 0 || points.compareTo(leaf.maxPoints()) > 0) {
            throw new ValidationException("Điểm không hợp lệ; chưa lưu thay đổi nào.",
                    List.of("Tiêu chí " + leaf.code() + ": điểm phải từ 0 đến " + leaf.maxPoints().stripTrailingZeros().toPlainString() + "."));
        }
    }
}
