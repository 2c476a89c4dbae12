package org.coproduction.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coproduction.checklist.ItemResponse;
import org.coproduction.checklist.LadderQuestionnaire;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Documents;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Participant;
import org.coproduction.core.practice.LadderRung;
import org.coproduction.core.practice.Stage;
import org.coproduction.scoring.ladder.StageAnswers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The care leavers' project with answers to the ladder questionnaire: people put the running of the
 * project at co-design and its evaluation at engagement, where the project declares co-production;
 * the two carers who answered are fewer than k = 3 and do not count.
 */
class LadderQuestionnaireReportTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "ladder");
  private static final Path ACTUAL = Path.of("target", "golden-actual", "ladder");

  /**
   * What each member of a group says, one row per person (the group's participants in record
   * order), one column per stage in stage order; null where the person did not answer.
   */
  private static final Map<InterestGroup, String[][]> SAYS = new EnumMap<>(InterestGroup.class);

  static {
    SAYS.put(
        InterestGroup.PEOPLE_WHO_USE_SERVICES,
        new String[][] {
          {"CO_DESIGN", "INFORMING", "CONSULTATION", "CONSULTATION"},
          {"CO_DESIGN", "INFORMING", "CONSULTATION", "ENGAGEMENT"},
          {"CO_DESIGN", "INFORMING", "CONSULTATION", "CONSULTATION"},
          {"CO_PRODUCTION", "CONSULTATION", "ENGAGEMENT", "DONT_KNOW"},
          {"CO_PRODUCTION", "CONSULTATION", "DONT_KNOW", null}
        });
    SAYS.put(
        InterestGroup.PEOPLE_WHO_WORK_IN_SERVICES,
        new String[][] {
          {"CO_PRODUCTION", "CONSULTATION", "CO_DESIGN", "ENGAGEMENT"},
          {"CO_PRODUCTION", "CONSULTATION", "CO_DESIGN", "ENGAGEMENT"},
          {"CO_PRODUCTION", "CONSULTATION", "CO_PRODUCTION", "ENGAGEMENT"},
          {"CO_PRODUCTION", "CONSULTATION", "CO_PRODUCTION", "ENGAGEMENT"}
        });
    SAYS.put(
        InterestGroup.PEOPLE_WHO_COMMISSION_AND_RUN_SERVICES,
        new String[][] {
          {"CO_PRODUCTION", "CONSULTATION", "CO_PRODUCTION", "DONT_KNOW"},
          {"CO_PRODUCTION", "CONSULTATION", "CO_PRODUCTION", "DONT_KNOW"},
          {"CO_DESIGN", "CONSULTATION", "CO_PRODUCTION", "DONT_KNOW"}
        });
    SAYS.put(
        InterestGroup.FAMILY_AND_FRIENDS_WHO_CARE,
        new String[][] {
          {null, null, "COERCION", null},
          {null, null, "COERCION", null}
        });
  }

  static Evaluation withLadderAnswers() {
    Evaluation base = BundledExamples.load("care-leavers");
    String round = base.initiative().reviewRounds().get(0).id();
    List<ResponseSet> sets = new ArrayList<>();
    Map<InterestGroup, Integer> seen = new EnumMap<>(InterestGroup.class);
    for (Participant p : base.initiative().participants()) {
      String[][] group = SAYS.get(p.interestGroup());
      int index = seen.merge(p.interestGroup(), 1, Integer::sum) - 1;
      if (group == null || index >= group.length) {
        continue;
      }
      ResponseSet.Builder set =
          ResponseSet.builder()
              .id("ladder-" + p.id())
              .checklist(LadderQuestionnaire.get().ref())
              .initiativeId(base.initiative().id())
              .reviewRoundId(round)
              .participantId(p.id())
              .raterRole(p.roles().iterator().next())
              .raterInterestGroup(p.interestGroup());
      for (Stage stage : Stage.values()) {
        String code = group[index][stage.ordinal()];
        if (code != null) {
          set.addAnswers(ItemResponse.of(LadderQuestionnaire.itemId(stage), code));
        }
      }
      sets.add(set.build());
    }
    return Evaluation.builder().from(base).ladderResponses(sets).build();
  }

  @Test
  void peoplePutTheRunningOfTheProjectLowerThanItsDeclaredRung() {
    EvaluationReport report = Evaluator.evaluate(withLadderAnswers());
    StageAnswers delivery = report.ladderAnswers().get(Stage.CO_DELIVERY.ordinal());
    // Eleven rungs count: consultation 3, engagement 1, co-design 2, co-production 5; the middle
    // one is co-design, a rung below the co-production the project declares.
    assertEquals(Optional.of(LadderRung.CO_DESIGN), delivery.chosenRung());
    assertEquals(
        LadderRung.CO_PRODUCTION,
        report.ladder().stages().get(Stage.CO_DELIVERY.ordinal()).declaredRung());
    // The carers' coercion is below k and counts nowhere, not even in the range.
    assertEquals(Optional.of(LadderRung.CONSULTATION), delivery.lowestRung());
    assertEquals(Optional.of(LadderRung.CO_PRODUCTION), delivery.highestRung());
    assertTrue(delivery.answersLeftOut());
    assertEquals(11, delivery.counted());
  }

  @Test
  void anEvaluationWithoutLadderAnswersHasNoneInItsReportOrFile() {
    Evaluation plain = BundledExamples.load("care-leavers");
    assertEquals(List.of(), Evaluator.evaluate(plain).ladderAnswers());
    assertFalse(Documents.write(plain).contains("ladderResponses"));
    assertFalse(Documents.write(Evaluator.evaluate(plain)).contains("ladderAnswers"));
  }

  @Test
  void anEvaluationWithLadderAnswersReadsBackAsWritten() {
    Evaluation e = withLadderAnswers();
    assertEquals(e, Documents.read(Documents.write(e), Evaluation.class));
    EvaluationReport r = Evaluator.evaluate(e);
    assertEquals(r, Documents.read(Documents.write(r), EvaluationReport.class));
  }

  @Test
  void ladderAnswersToTheMainChecklistAreRefusedSayingWhere() {
    Evaluation e = withLadderAnswers();
    ResponseSet wrong =
        ResponseSet.builder()
            .from(e.ladderResponses().get(0))
            .checklist(e.checklistInUse().ref())
            .build();
    CoProductionException thrown =
        assertThrows(
            CoProductionException.class,
            () -> Evaluation.builder().from(e).ladderResponses(List.of(wrong)).build());
    assertTrue(thrown.getMessage().startsWith("ladderResponses[0]"), thrown.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"text", "markdown", "html"})
  void theLadderSectionMatchesTheGoldenFile(String format) throws IOException {
    Evaluation e = withLadderAnswers();
    String report =
        ReportFormat.byName(format).orElseThrow().render(Evaluator.evaluate(e), e.checklistInUse());
    compare("care-leavers-ladder." + extension(format), ladderSection(report, format));
  }

  @Test
  void theJsonOfTheLadderAnswersMatchesTheGoldenFile() throws IOException {
    String json = Documents.write(Evaluator.evaluate(withLadderAnswers()));
    int start = json.indexOf("\"ladderAnswers\"");
    assertTrue(start >= 0, "no ladderAnswers in the report's JSON");
    // The field is a top-level array of objects: it ends at the first "} ]" indented like its name.
    int end = json.indexOf("\n  } ]", start) + "\n  } ]".length();
    compare("care-leavers-ladder-answers.json", json.substring(start, end) + "\n");
  }

  private static String extension(String format) {
    return switch (format) {
      case "markdown" -> "md";
      case "html" -> "html";
      default -> "txt";
    };
  }

  /** The ladder section alone, so other sections' changes do not touch this golden file. */
  private static String ladderSection(String report, String format) {
    String title = "The ladder of co-production";
    int start = report.indexOf(title);
    assertTrue(start >= 0, "no ladder section in the " + format + " report");
    start = report.lastIndexOf('\n', start) + 1;
    int end =
        switch (format) {
          case "markdown" -> report.indexOf("\n## ", start + 1);
          case "html" -> report.indexOf("</section>", start) + "</section>".length();
          default -> nextTextHeading(report, start);
        };
    return report.substring(start, end < start ? report.length() : end) + "\n";
  }

  private static int nextTextHeading(String report, int start) {
    // A text report numbers its sections "N. Title" at the start of a line.
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\n\\d+\\. [A-Z]").matcher(report);
    return m.find(start + 1) ? m.start() : report.length();
  }

  private static void compare(String name, String actualText) throws IOException {
    byte[] actual = actualText.getBytes(StandardCharsets.UTF_8);
    Path expectedFile = GOLDEN.resolve(name);
    byte[] expected = Files.exists(expectedFile) ? Files.readAllBytes(expectedFile) : new byte[0];
    if (!java.util.Arrays.equals(expected, actual)) {
      Files.createDirectories(ACTUAL);
      Path written = ACTUAL.resolve(name);
      Files.write(written, actual);
      fail(expectedFile + " differs; the output is in " + written + ": compare and copy over");
    }
  }
}
