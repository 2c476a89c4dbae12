package org.coproduction.report.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.coproduction.report.EvaluationReport;
import org.junit.jupiter.api.Test;

/** The portfolio depends on which reports it holds, never on their order. */
class PortfolioProperties {
  @Test
  void theOrderOfTheReportsDoesNotMatter() {
    List<EvaluationReport> reports = PortfolioTest.REPORTS;
    qt().withExamples(50)
        .forAll(lists().of(integers().between(0, reports.size() - 1)).ofSizeBetween(1, 8))
        .checkAssert(
            picks -> {
              List<EvaluationReport> chosen = picks.stream().map(reports::get).toList();
              List<EvaluationReport> reversed = new ArrayList<>(chosen);
              Collections.reverse(reversed);
              assertEquals(Portfolio.of(chosen), Portfolio.of(reversed));
            });
  }
}
