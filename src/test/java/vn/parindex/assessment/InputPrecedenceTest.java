package vn.parindex.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.parindex.web.ValidationException;

/** The stage precedence table of the rule set: what the shipped one says, and every refusal of a wrong one. */
class InputPrecedenceTest {

    private static final String HEADER = String.join(";", InputPrecedence.HEADERS) + "\n";

    @Test
    void theShippedTableIsWhatRuleSetsArchivedBeforeItApplied() throws IOException {
        InputPrecedence.Table shipped = InputPrecedence.parse(Files.readString(Path.of("rules", InputPrecedence.FILE)));
        assertThat(shipped.inputs(Stage.SELF)).containsExactly(Stage.SELF);
        assertThat(shipped.inputs(Stage.APPRAISAL_1)).containsExactly(Stage.APPRAISAL_1, Stage.SELF);
        assertThat(shipped.inputs(Stage.APPRAISAL_2))
                .containsExactly(Stage.APPRAISAL_2, Stage.EXPLANATION, Stage.APPRAISAL_1, Stage.SELF);
        assertThat(shipped.inputs(Stage.RESULT)).isEqualTo(shipped.inputs(Stage.APPRAISAL_2));
        assertThat(shipped.overrides(Stage.RESULT)).containsExactly(Stage.COMPLAINT, Stage.COUNCIL);
        assertThat(shipped.overrides(Stage.SELF)).isEmpty();
        assertThat(shipped).isEqualTo(InputPrecedence.BEFORE_THE_TABLE);
    }

    @Test
    void aProvinceMayLetTheExplanationOutweighTheSecondRound() {
        InputPrecedence.Table table = InputPrecedence.parse(HEADER + """
                Tự đánh giá;Tự đánh giá;
                Thẩm định vòng 1;Thẩm định vòng 1, Tự đánh giá;
                Thẩm định vòng 2;Giải trình, Thẩm định vòng 2, Thẩm định vòng 1, Tự đánh giá;
                Kết quả;Giải trình, Thẩm định vòng 2, Thẩm định vòng 1, Tự đánh giá;Hội đồng điều chỉnh
                """);
        assertThat(table.inputs(Stage.RESULT)).startsWith(Stage.EXPLANATION, Stage.APPRAISAL_2);
        assertThat(table.overrides(Stage.RESULT)).containsExactly(Stage.COUNCIL);
    }

    @Test
    void everyProblemOfAWrongTableIsListed() {
        assertThatThrownBy(() -> InputPrecedence.parse(HEADER + """
                Tự đánh giá;Tự đánh giá, Tự đánh giá;
                Thẩm định vòng 1;Thẩm định vòng 3;Hội đồng điều chỉnh
                Thẩm định vòng 1;Tự đánh giá;
                Giải trình;;Kết quả
                """))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).containsExactly(
                        "Tệp scoring/uu-tien-giai-doan.csv, dòng 2, cột 2: \"Tự đánh giá\" ghi hai lần.",
                        "Tệp scoring/uu-tien-giai-doan.csv, dòng 3, cột 2: \"Thẩm định vòng 3\" không phải một trong: "
                                + "Tự đánh giá, Thẩm định vòng 1, Giải trình, Thẩm định vòng 2.",
                        "Tệp scoring/uu-tien-giai-doan.csv, dòng 4: giai đoạn \"Thẩm định vòng 1\" đã có ở dòng trên.",
                        "Tệp scoring/uu-tien-giai-doan.csv, dòng 5, cột 1: \"Giải trình\" không phải một trong: "
                                + "Tự đánh giá, Thẩm định vòng 1, Thẩm định vòng 2, Kết quả.",
                        "Tệp scoring/uu-tien-giai-doan.csv, dòng 5, cột 3: \"Kết quả\" không phải một trong: "
                                + "Hội đồng điều chỉnh, Giải quyết kiến nghị.",
                        "Tệp scoring/uu-tien-giai-doan.csv, dòng 5, cột 2: cần ít nhất một giai đoạn nhập kết quả.",
                        "Tệp scoring/uu-tien-giai-doan.csv: thiếu dòng cho giai đoạn \"Thẩm định vòng 2\".",
                        "Tệp scoring/uu-tien-giai-doan.csv: thiếu dòng cho giai đoạn \"Kết quả\"."));
        assertThatThrownBy(() -> InputPrecedence.parse("Giai đoạn;Nhập\n")).hasMessageContaining("dòng 1 phải là tiêu đề");
    }
}
