package org.coproduction.report.fuzz;

import java.nio.file.Path;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Document;
import org.coproduction.core.Documents;
import org.coproduction.report.EvaluationReport;
import org.coproduction.testsupport.SeedInputs;
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
  void validInputsReadAndBrokenOnesAreRefused(Class<? extends Document> type) {
    SeedInputs.assertNamedForTheirOutcome(
        Path.of(
            "src/test/resources/org/coproduction/report/fuzz",
            type.getSimpleName() + "FuzzTestInputs",
            "anyTextReadsOrIsRefused"),
        json -> Documents.read(json, type),
        CoProductionException.class);
  }
}
