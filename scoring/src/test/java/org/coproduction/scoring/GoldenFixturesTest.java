package org.coproduction.scoring;

import static org.coproduction.scoring.Fixtures.CARERS;
import static org.coproduction.scoring.Fixtures.DK;
import static org.coproduction.scoring.Fixtures.MANAGERS;
import static org.coproduction.scoring.Fixtures.N;
import static org.coproduction.scoring.Fixtures.P;
import static org.coproduction.scoring.Fixtures.STAFF;
import static org.coproduction.scoring.Fixtures.USERS;
import static org.coproduction.scoring.Fixtures.Y;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ChecklistItem;
import org.coproduction.checklist.Evidence;
import org.coproduction.checklist.FrameworkRef;
import org.coproduction.checklist.ItemResponse;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.checklist.Severity;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Document;
import org.coproduction.core.Documents;
import org.coproduction.core.Source;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Role;
import org.coproduction.core.practice.JigsawArea;
import org.coproduction.scoring.trend.TrendReport;
import org.coproduction.scoring.trend.Trends;
import org.junit.jupiter.api.Test;

/**
 * The golden files pin the JSON form of the scoring documents: a change to it, or to how a small
 * round is scored, must be deliberate and seen in review.
 *
 * <p>The round: a two-item checklist (notice, weight 1; expenses, weight 2), rated by 3 people who
 * use services, 2 carers, 3 staff and 1 manager, with the records saying no to expenses. Under the
 * default k of 3 the carers' and the manager's answers are left out of every figure.
 */
class GoldenFixturesTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  static Checklist checklist() {
    return Checklist.builder()
        .id("mini")
        .version("1.0")
        .title("Two items")
        .language("en")
        .addFrameworks(FrameworkRef.of("guide", "1"))
        .addItems(
            item("notice-given", JigsawArea.PRACTICE, Severity.SERIOUS, 1, "accessibility"),
            item("expenses-and-fees", JigsawArea.STRUCTURE, Severity.CRITICAL, 2, "reciprocity"))
        .build();
  }

  static ScoreReport report(String round, Answer[][] answers) {
    InterestGroup[] groups = {USERS, USERS, USERS, CARERS, CARERS, STAFF, STAFF, STAFF, MANAGERS};
    List<ResponseSet> sets = new ArrayList<>();
    for (int r = 0; r < groups.length; r++) {
      List<ItemResponse> responses = new ArrayList<>();
      for (int i = 0; i < answers[r].length; i++) {
        responses.add(ItemResponse.of(checklist().itemIds().get(i), answers[r][i]));
      }
      sets.add(
          ResponseSet.builder()
              .id("rs-" + r)
              .checklist(checklist().ref())
              .initiativeId("initiative-1")
              .reviewRoundId(round)
              .raterRole(Role.COMMUNITY_MEMBER)
              .raterInterestGroup(groups[r])
              .answers(responses)
              .build());
    }
    RecordAnswer expenses =
        RecordAnswer.builder()
            .itemId("expenses-and-fees")
            .answer(Answer.NO)
            .addEvidence(
                Evidence.builder()
                    .kind(Evidence.Kind.MEETING)
                    .ref("m-2")
                    .finding("no expenses offered")
                    .build())
            .build();
    return Scoring.score(checklist(), sets, List.of(expenses));
  }

  static ScoreReport first() {
    return report(
        "r1",
        new Answer[][] {{Y, N}, {Y, N}, {P, DK}, {N, N}, {Y, P}, {Y, Y}, {Y, Y}, {Y, Y}, {Y, Y}});
  }

  static ScoreReport second() {
    return report(
        "r2",
        new Answer[][] {{Y, Y}, {Y, Y}, {Y, P}, {Y, Y}, {Y, P}, {Y, Y}, {Y, Y}, {Y, Y}, {Y, Y}});
  }

  @Test
  void theGoldenScoreReportIsWhatScoringGivesAndIsWrittenBackUnchanged() throws IOException {
    assertEquals(first(), roundTrip("score-report.json", ScoreReport.class));
  }

  @Test
  void theGoldenTrendReportIsWhatComparingGivesAndIsWrittenBackUnchanged() throws IOException {
    assertEquals(
        Trends.compare(first(), second()), roundTrip("trend-report.json", TrendReport.class));
  }

  @Test
  void aHandEditedReportThatBreaksARuleIsRefusedWithItsPath() throws IOException {
    String text = Files.readString(GOLDEN.resolve("score-report.json"), StandardCharsets.UTF_8);
    String broken =
        text.replaceFirst("\"visibility\" : \"SHOWN\"", "\"visibility\" : \"NO_RATERS\"");
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> Documents.read(broken, ScoreReport.class));
    assertEquals(
        "areas[0].score.byGroup.groups[0].value: a group has a value and raters exactly when it is"
            + " shown",
        e.getMessage());
  }

  private static ChecklistItem item(
      String id, JigsawArea area, Severity severity, double weight, String principle) {
    return ChecklistItem.builder()
        .id(id)
        .statement("A good practice")
        .easyRead("We did this.")
        .principles(Map.of("guide", List.of(principle)))
        .area(area)
        .severity(severity)
        .weight(weight)
        .recordBased(true)
        .sources(
            List.of(Source.of("police-post-2016", "The Co-production Police and accountability")))
        .build();
  }

  private static <T extends Document> T roundTrip(String file, Class<T> type) throws IOException {
    Path path = GOLDEN.resolve(file);
    T computed = type.cast(file.startsWith("score") ? first() : Trends.compare(first(), second()));
    if (!Files.exists(path)) {
      // Leave the writer's form beside the build output, to check by eye and copy over.
      Files.writeString(Path.of("target", file), Documents.write(computed));
    }
    String text = Files.readString(path, StandardCharsets.UTF_8);
    T value = Documents.read(text, type);
    String written = Documents.write(value);
    if (!written.equals(text)) {
      Files.writeString(Path.of("target", file), written);
    }
    assertEquals(written, text);
    return value;
  }
}
