package org.coproduction.scoring.fuzz;

import java.nio.file.Path;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Document;
import org.coproduction.core.Documents;
import org.coproduction.scoring.ScoreReport;
import org.coproduction.scoring.fairness.FairnessReport;
import org.coproduction.scoring.ladder.LadderAssessment;
import org.coproduction.scoring.representation.RepresentationReport;
import org.coproduction.scoring.trend.TrendReport;
import org.coproduction.testsupport.SeedInputs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The result documents' seed inputs for fuzzing say what they are: each {@code valid-*} input, a
 * document the library wrote, reads; each {@code broken-*} input is refused. A seed named for the
 * wrong outcome would leave the fuzzer starting from somewhere other than the README says.
 */
class ResultDocumentInputsTest {
  @ParameterizedTest
  @ValueSource(
      classes = {
        ScoreReport.class,
        TrendReport.class,
        LadderAssessment.class,
        FairnessReport.class,
        RepresentationReport.class
      })
  void validInputsReadAndBrokenOnesAreRefused(Class<? extends Document> type) {
    SeedInputs.assertNamedForTheirOutcome(
        Path.of(
            "src/test/resources/org/coproduction/scoring/fuzz",
            type.getSimpleName() + "FuzzTestInputs",
            "anyTextReadsOrIsRefused"),
        json -> Documents.read(json, type),
        CoProductionException.class);
  }
}
