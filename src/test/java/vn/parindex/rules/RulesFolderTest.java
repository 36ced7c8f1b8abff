package vn.parindex.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesFolderTest {

    @Test
    void oneFileIsReadFromTheFolderOnDiskAndNothingOutsideIt(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("rules/catalogue"));
        Files.writeString(dir.resolve("rules/catalogue/catalogues.properties"), "COMMUNE.name=UBND cấp xã\n");
        Files.writeString(dir.resolve("secret.txt"), "outside");
        RulesFolder folder = RulesFolderFactory.of(dir.resolve("rules").toString());

        assertThat(folder.file("catalogue/catalogues.properties")).contains("COMMUNE.name=UBND cấp xã\n");
        assertThat(folder.file("catalogue/missing.csv")).isEmpty();
        assertThat(folder.file("catalogue")).isEmpty();
        assertThat(folder.file("../secret.txt")).isEmpty();
    }

    @Test
    void withoutAFolderOnDiskTheFileIsThePackagedCopy(@TempDir Path dir) throws IOException {
        RulesFolder folder = RulesFolderFactory.of(dir.resolve("absent").toString());

        assertThat(folder.file("catalogue/catalogues.properties"))
                .contains(Files.readString(Path.of("rules/catalogue/catalogues.properties")));
        assertThat(folder.file("catalogue/missing.csv")).isEmpty();
        assertThat(folder.file("catalogue")).isEmpty();
        assertThat(folder.file("../application.yaml")).isEmpty();
    }
}
