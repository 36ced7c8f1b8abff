package vn.parindex.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class UnsynchronizedBufferedWriterTest {

    @Test
    void passesEveryCharacterOnInOrderAcrossTheBufferBoundaryAndBeyondItsSize() throws IOException {
        StringWriter target = new StringWriter();
        StringBuilder expected = new StringBuilder();
        String big = "Chỉ số CCHC ".repeat(10_000);
        try (UnsynchronizedBufferedWriter writer = new UnsynchronizedBufferedWriter(target)) {
            for (int i = 0; i < 70_000; i++) {
                writer.write('a' + i % 26);
                expected.append((char) ('a' + i % 26));
            }
            writer.write(big, 3, big.length() - 3);
            expected.append(big, 3, big.length());
            writer.write(big.toCharArray(), 0, 5);
            expected.append(big, 0, 5);
            writer.write("đánh giá", 0, 8);
            expected.append("đánh giá");
            assertThat(target.toString().length()).as("buffered until flushed").isLessThan(expected.length());
        }
        assertThat(target.toString()).isEqualTo(expected.toString());
    }
}
