package org.coproduction.report;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reports of chosen examples in chosen formats, compared byte for byte with files committed under
 * {@code src/test/resources/golden/}. The {@code evaluate} command prints exactly these texts. A
 * change to any report shows up as a diff to review. On a mismatch the actual output is written to
 * {@code target/golden-actual/} so it can be compared and, once checked by eye, copied over the
 * golden file.
 */
class ReportGoldenTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final Path ACTUAL = Path.of("target", "golden-actual");

  static List<Arguments> cases() {
    return List.of(
        Arguments.of("report-dementia-club.txt", "dementia-club", "text"),
        Arguments.of("report-care-leavers.md", "care-leavers", "markdown"),
        Arguments.of("report-opportunities-fair.md", "opportunities-fair", "markdown"),
        Arguments.of("report-care-leavers.csv", "care-leavers", "csv"),
        Arguments.of("report-opportunities-fair.csv", "opportunities-fair", "csv"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void outputMatchesTheGoldenFile(String golden, String example, String format) throws IOException {
    Evaluation evaluation = BundledExamples.load(example);
    ReportFormat renderer = ReportFormat.byName(format).orElseThrow();
    String report = renderer.render(Evaluator.evaluate(evaluation), evaluation.checklistInUse());
    byte[] actual = report.getBytes(StandardCharsets.UTF_8);
    Path expectedFile = GOLDEN.resolve(golden);
    byte[] expected = Files.exists(expectedFile) ? Files.readAllBytes(expectedFile) : new byte[0];
    if (!Arrays.equals(expected, actual)) {
      Files.createDirectories(ACTUAL);
      Path written = ACTUAL.resolve(golden);
      Files.write(written, actual);
      fail(
          expectedFile
              + " differs from the rendered report; the output is in "
              + written
              + ": compare the two, and if the new output is right, copy it over the golden file");
    }
  }
}
