package org.coproduction.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.Evidence;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.core.Documents;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.initiative.Suggestion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The records section and the red flags point at meetings, decisions, suggestions, stages and
 * groups, never at a participant: a report is read by everyone in the room, and "not fed back to
 * u01" tells them who was let down. Tried on every bundled example with every suggestion's outcome
 * left untold, so the finding that once named the suggester is there to be read.
 */
class RecordsNameNoParticipantTest {
  static List<String> examples() {
    return BundledExamples.names();
  }

  private static boolean mentions(String text, String id) {
    return Pattern.compile("(?<![A-Za-z0-9._-])" + Pattern.quote(id) + "(?![A-Za-z0-9._-])")
        .matcher(text)
        .find();
  }

  /** The example with no suggestion's outcome fed back to the person who made it. */
  private static Evaluation nothingFedBack(String example) {
    Evaluation evaluation = BundledExamples.load(example);
    Initiative initiative = evaluation.initiative();
    List<Suggestion> untold =
        initiative.suggestions().stream()
            .map(s -> Suggestion.builder().from(s).fedBack(false).build())
            .toList();
    return Evaluation.builder()
        .from(evaluation)
        .initiative(Initiative.builder().from(initiative).suggestions(untold).build())
        .build();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void noRecordFindingNamesAParticipant(String example) {
    Evaluation evaluation = nothingFedBack(example);
    EvaluationReport report = Evaluator.evaluate(evaluation);
    String findings = Documents.write(report.rounds().get(0)) + report.recordAnswers();
    for (RecordAnswer answer : report.recordAnswers()) {
      for (Evidence e : answer.evidence()) {
        findings += "\n" + e.ref() + ": " + e.finding();
      }
    }
    for (String id : evaluation.initiative().participantIds()) {
      assertFalse(mentions(findings, id), example + "'s record findings name " + id);
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void noFormatNamesAParticipantWhenSuggestionsWereNotFedBack(String example) {
    Evaluation evaluation = nothingFedBack(example);
    EvaluationReport report = Evaluator.evaluate(evaluation);
    Checklist checklist = evaluation.checklistInUse();
    if (!evaluation.initiative().suggestions().isEmpty()) {
      assertTrue(
          ReportFormat.MARKDOWN
              .render(report, checklist)
              .contains("was not fed back to the person who suggested it"),
          example + ": the finding is there to be read");
    }
    for (ReportFormat format : ReportFormat.values()) {
      String text = format.render(report, checklist);
      for (String id : evaluation.initiative().participantIds()) {
        assertFalse(mentions(text, id), example + " as " + format.cliName() + " names " + id);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void evidenceThatPointsAtAParticipantIsCountedNotNamed(String example) {
    Evaluation evaluation = BundledExamples.load(example);
    EvaluationReport plain = Evaluator.evaluate(evaluation);
    String someone = evaluation.initiative().participantIds().iterator().next();
    RecordAnswer pointing =
        RecordAnswer.builder()
            .itemId(plain.recordAnswers().get(0).itemId())
            .answer(Answer.NO)
            .addEvidence(
                Evidence.builder()
                    .kind(Evidence.Kind.PARTICIPANT)
                    .ref(someone)
                    .finding("was not told the outcome")
                    .build())
            .build();
    EvaluationReport report =
        EvaluationReport.builder().from(plain).recordAnswers(List.of(pointing)).build();
    Checklist checklist = evaluation.checklistInUse();
    for (ReportFormat format : ReportFormat.values()) {
      if (format == ReportFormat.JSON) {
        continue; // the document itself, as given: what a program reads, not a reader
      }
      String text = format.render(report, checklist);
      assertFalse(mentions(text, someone), example + " as " + format.cliName() + " names them");
    }
    assertTrue(
        ReportFormat.MARKDOWN
            .render(report, checklist)
            .contains("was not told the outcome (1 participant)"),
        "the finding is still told, with a count");
  }
}
