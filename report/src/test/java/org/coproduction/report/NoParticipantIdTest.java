package org.coproduction.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.coproduction.checklist.Checklist;
import org.coproduction.core.Documents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11, route 5, tried as an attacker would: take every participant id of the initiative and
 * look for it in what the report publishes. With the default settings the fairness findings name
 * nobody in any format, so a reader who can guess ids learns nobody's hours, fees or expenses.
 */
class NoParticipantIdTest {
  static java.util.List<String> examples() {
    return BundledExamples.names();
  }

  private static Pattern whole(String id) {
    return Pattern.compile("(?<![A-Za-z0-9._-])" + Pattern.quote(id) + "(?![A-Za-z0-9._-])");
  }

  private static boolean mentions(String text, String id) {
    return whole(id).matcher(text).find();
  }

  /** The words around the first mention, so a failure shows where the id was written. */
  private static String around(String text, String id) {
    var m = whole(id).matcher(text);
    return m.find()
        ? text.substring(Math.max(0, m.start() - 120), Math.min(text.length(), m.end() + 60))
        : "";
  }

  @ParameterizedTest
  @MethodSource("examples")
  void theFairnessPartOfNoReportHoldsAParticipantIdOfTheInitiative(String example) {
    Evaluation evaluation = BundledExamples.load(example);
    EvaluationReport report = Evaluator.evaluate(evaluation);
    if (report.fairness().isEmpty()) {
      return;
    }
    String json = Documents.write(report.fairness().get());
    for (String id : evaluation.initiative().participantIds()) {
      assertFalse(mentions(json, id), example + " names " + id + ": " + around(json, id));
    }
  }

  @Test
  void noFormatOfTheCareLeaversReportHoldsAParticipantIdOfTheInitiative() {
    Evaluation evaluation = BundledExamples.load("care-leavers");
    Checklist checklist = evaluation.checklistInUse();
    EvaluationReport report = Evaluator.evaluate(evaluation);
    for (ReportFormat format : ReportFormat.values()) {
      String text = format.render(report, checklist);
      for (String id : evaluation.initiative().participantIds()) {
        assertFalse(
            mentions(text, id),
            "care-leavers as " + format.cliName() + " names " + id + ": " + around(text, id));
      }
    }
  }

  @Test
  void theCheckFindsAnIdWhereOneIsWritten() {
    Evaluation careLeavers = BundledExamples.load("care-leavers");
    String id = careLeavers.initiative().participantIds().iterator().next();
    assertTrue(mentions(Documents.write(careLeavers), id));
  }
}
