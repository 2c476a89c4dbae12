package org.coproduction.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.coproduction.checklist.Checklist;
import org.coproduction.core.CoProductionException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * However a checklist's statements start, no cell of any generated evaluation's CSV report starts
 * with a character that makes a spreadsheet run it ({@code =}, {@code +}, {@code -}, {@code @},
 * tab, carriage return) unless the cell is a number.
 */
class CsvInjectionProperties {
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  private static final String FORMULA_STARTS = "=+-@\t\r";

  /** Statements that start with a formula character, or with something else, then any text. */
  private static Gen<String> statements() {
    Gen<String> start =
        integers()
            .between(0, 7)
            .map(i -> i < 6 ? FORMULA_STARTS.substring(i, i + 1) : i == 6 ? "-12.5" : "A");
    return start
        .zip(strings().allPossible().ofLengthBetween(0, 8), String::concat)
        .assuming(s -> !s.isBlank() && s.length() <= 1000);
  }

  /** A valid evaluation may still have nothing to score, such as no answers. */
  private static boolean canBeScored(Evaluation evaluation) {
    try {
      Evaluator.evaluate(evaluation);
      return true;
    } catch (CoProductionException e) {
      return false;
    }
  }

  private static boolean couldRunAsFormula(String value) {
    return !value.isEmpty()
        && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0
        && !NUMBER.matcher(value).matches();
  }

  @Test
  void theFormulaCheckCatchesAFormulaAndLetsNumbersAndGuardedTextThrough() {
    assertTrue(couldRunAsFormula("=HYPERLINK(\"x\")"));
    assertTrue(couldRunAsFormula("\tcmd"));
    assertFalse(couldRunAsFormula("-12.5"));
    assertFalse(couldRunAsFormula("'=HYPERLINK(\"x\")"));
  }

  @Test
  void noCellCouldRunAsAFormulaUnlessItIsANumber() {
    qt().withExamples(150)
        .forAll(EvaluationGenerators.evaluations(), lists().of(statements()).ofSizeBetween(1, 5))
        .assuming((evaluation, texts) -> canBeScored(evaluation))
        .checkAssert(
            (evaluation, texts) -> {
              Checklist checklist =
                  CsvInjectionTest.withStatements(evaluation.checklistInUse(), texts);
              String csv = CsvReport.render(Evaluator.evaluate(evaluation), checklist);
              List<Map<String, String>> rows = CsvInjectionTest.readCsv(csv);
              // The hostile statements must reach the table, or the check below proves nothing.
              assertFalse(rows.isEmpty(), "the CSV report has no rows");
              for (Map<String, String> row : rows) {
                assertTrue(row.containsKey("statement"), "no statement column: " + row.keySet());
                for (Map.Entry<String, String> cell : row.entrySet()) {
                  assertFalse(
                      couldRunAsFormula(cell.getValue()),
                      cell.getKey() + " could run as a formula: " + List.of(cell.getValue()));
                }
              }
            });
  }
}
