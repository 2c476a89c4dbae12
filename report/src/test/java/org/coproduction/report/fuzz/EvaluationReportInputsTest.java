package org.coproduction.report.fuzz;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Document;
import org.coproduction.core.Documents;
import org.coproduction.report.EvaluationReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The evaluation report's seed inputs for fuzzing say what they are: each {@code valid-*} input, a
 * document the library wrote, reads; each {@code broken-*} input is refused. A seed named for the
 * wrong outcome would leave the fuzzer starting from somewhere other than the README says.
 */
class EvaluationReportInputsTest {
  @ParameterizedTest
  @ValueSource(classes = EvaluationReport.class)
  void validInputsReadAndBrokenOnesAreRefused(Class<? extends Document> type) throws IOException {
    Path inputs =
        Path.of(
            "src/test/resources/org/coproduction/report/fuzz",
            type.getSimpleName() + "FuzzTestInputs",
            "anyTextReadsOrIsRefused");
    List<Path> files;
    try (Stream<Path> list = Files.list(inputs)) {
      files = list.sorted().toList();
    }
    assertFalse(files.isEmpty(), "no inputs in " + inputs);
    for (Path file : files) {
      String name = file.getFileName().toString();
      String json = Files.readString(file, StandardCharsets.UTF_8);
      assertTrue(name.startsWith("valid-") || name.startsWith("broken-"), name);
      if (name.startsWith("valid-")) {
        assertDoesNotThrow(() -> Documents.read(json, type), name);
      } else {
        assertThrows(CoProductionException.class, () -> Documents.read(json, type), name);
      }
    }
  }
}
