package org.coproduction.scoring.crosswalk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ChecklistItem;
import org.coproduction.checklist.FrameworkRef;
import org.coproduction.checklist.ItemResponse;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.checklist.Severity;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Source;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Role;
import org.coproduction.core.practice.JigsawArea;
import org.coproduction.core.principle.PrincipleFrameworks;
import org.coproduction.scoring.Band;
import org.coproduction.scoring.ScoreReport;
import org.coproduction.scoring.ScoreStatus;
import org.coproduction.scoring.Scoring;
import org.coproduction.scoring.ScoringSettings;
import org.junit.jupiter.api.Test;

/** Worked examples of the crosswalk's rule, one principle at a time. */
class CrosswalkTest {
  private static final Answer Y = Answer.YES;
  private static final Answer P = Answer.PARTLY;
  private static final Answer N = Answer.NO;
  private static final ScoringSettings EVERY_ANSWER_COUNTS =
      ScoringSettings.builder().minimumGroupSize(1).minimumRaters(1).build();

  /** One item per principle named, each rater answering the items in that order. */
  private static ScoreReport report(
      String checklistId, List<String> principles, ScoringSettings settings, Answer[]... raters) {
    return report(checklist(checklistId, principles), settings, raters);
  }

  /** One item per principle named, its id the principle's with {@code -item} after it. */
  private static Checklist checklist(String checklistId, List<String> principles) {
    List<ChecklistItem> items = new ArrayList<>();
    for (String principle : principles) {
      items.add(
          ChecklistItem.builder()
              .id(principle + "-item")
              .statement("A good practice")
              .easyRead("We did this.")
              .principles(Map.of("guide", List.of(principle)))
              .area(JigsawArea.PRACTICE)
              .severity(Severity.MODERATE)
              .weight(1)
              .recordBased(false)
              .sources(List.of(Source.of("scie-guide-2015", "Co-production in social care")))
              .build());
    }
    return Checklist.builder()
        .id(checklistId)
        .version("1.0")
        .title("A test checklist")
        .language("en")
        .addFrameworks(FrameworkRef.of("guide", "1"))
        .items(items)
        .build();
  }

  private static ScoreReport report(
      Checklist checklist, ScoringSettings settings, Answer[]... raters) {
    List<ResponseSet> sets = new ArrayList<>();
    for (Answer[] answers : raters) {
      Map<String, Answer> byItem = new LinkedHashMap<>();
      for (int i = 0; i < answers.length; i++) {
        byItem.put(checklist.itemIds().get(i), answers[i]);
      }
      sets.add(
          ResponseSet.builder()
              .id("rs-" + sets.size())
              .checklist(checklist.ref())
              .initiativeId("club")
              .raterRole(Role.CARER_OR_FAMILY)
              .raterInterestGroup(InterestGroup.FAMILY_AND_FRIENDS_WHO_CARE)
              .answers(
                  byItem.entrySet().stream()
                      .map(e -> ItemResponse.of(e.getKey(), e.getValue()))
                      .toList())
              .build());
    }
    return Scoring.score(checklist, sets, List.of(), settings);
  }

  private static Answer[] a(Answer... answers) {
    return answers;
  }

  private static PrincipleCrosswalk row(CrosswalkReport report, String principle) {
    return report.principles().stream()
        .filter(p -> p.principleId().equals(principle))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void twoScoresInTheSameBandAgreeHoweverFarApart() {
    // 100 and 75 are both "going strong".
    ScoreReport first = report("first", List.of("equality"), EVERY_ANSWER_COUNTS, a(Y), a(Y));
    ScoreReport second = report("second", List.of("equality"), EVERY_ANSWER_COUNTS, a(Y), a(P));
    PrincipleCrosswalk equality =
        row(Crosswalk.compare(List.of(first, second), PrincipleFrameworks.guide()), "equality");
    assertEquals(CrosswalkVerdict.AGREE, equality.verdict());
    assertEquals(Optional.of(25.0), equality.gap());
    assertEquals(Optional.of(Band.GOING_STRONG), equality.results().get(1).band());
  }

  @Test
  void twoScoresEitherSideOfABandsEdgeAgreeWhenCloserThanTheMeaningfulChange() {
    // 75.0 is "going strong", 66.7 "on the way": 8.3 points apart, under the 10 of the defaults.
    ScoreReport first = report("first", List.of("equality"), EVERY_ANSWER_COUNTS, a(Y), a(P));
    ScoreReport second =
        report("second", List.of("equality"), EVERY_ANSWER_COUNTS, a(Y), a(Y), a(N));
    PrincipleCrosswalk equality =
        row(Crosswalk.compare(List.of(first, second), PrincipleFrameworks.guide()), "equality");
    assertEquals(CrosswalkVerdict.AGREE, equality.verdict());
    assertEquals(Optional.of(8.3), equality.gap());
  }

  @Test
  void scoresInDifferentBandsAndFarApartDiffer() {
    ScoreReport first = report("first", List.of("equality"), EVERY_ANSWER_COUNTS, a(Y), a(Y));
    ScoreReport second = report("second", List.of("equality"), EVERY_ANSWER_COUNTS, a(Y), a(N));
    PrincipleCrosswalk equality =
        row(Crosswalk.compare(List.of(first, second), PrincipleFrameworks.guide()), "equality");
    assertEquals(CrosswalkVerdict.DIFFER, equality.verdict());
    assertEquals(Optional.of(50.0), equality.gap());
  }

  @Test
  void aPrincipleOneInstrumentAsksAboutIsShownAsSuchWithItsItems() {
    ScoreReport first =
        report("first", List.of("equality", "diversity"), EVERY_ANSWER_COUNTS, a(Y, P), a(Y, P));
    ScoreReport second = report("second", List.of("equality"), EVERY_ANSWER_COUNTS, a(Y), a(Y));
    CrosswalkReport report = Crosswalk.compare(List.of(first, second), PrincipleFrameworks.guide());
    PrincipleCrosswalk diversity = row(report, "diversity");
    assertEquals(CrosswalkVerdict.ONE_INSTRUMENT_ONLY, diversity.verdict());
    assertEquals(Optional.empty(), diversity.gap());
    InstrumentResult asked = diversity.results().get(0);
    assertTrue(asked.asked());
    assertEquals(Optional.of(50.0), asked.value());
    assertEquals("diversity-item", asked.items().get(0).itemId());
    assertFalse(diversity.results().get(1).asked());
    assertTrue(diversity.results().get(1).items().isEmpty());
    assertEquals(CrosswalkVerdict.NOT_ASKED, row(report, "reciprocity").verdict());
  }

  @Test
  void anInconclusiveScoreIsNeverAgreement() {
    ScoringSettings threeRaters = ScoringSettings.builder().minimumGroupSize(1).build();
    ScoreReport first = report("first", List.of("equality"), threeRaters, a(Y), a(Y), a(Y));
    ScoreReport second = report("second", List.of("equality"), threeRaters, a(Y));
    PrincipleCrosswalk equality =
        row(Crosswalk.compare(List.of(first, second), PrincipleFrameworks.guide()), "equality");
    assertEquals(Optional.of(ScoreStatus.INCONCLUSIVE), equality.results().get(1).status());
    assertEquals(CrosswalkVerdict.NOT_COMPARABLE, equality.verdict());
    assertEquals(Optional.empty(), equality.gap());
  }

  @Test
  void anInstrumentWhoseAnswersAreAllLeftOutCannotBeCompared() {
    // k = 3 by default: two carers' answers are left out to protect them.
    ScoringSettings protect = ScoringSettings.builder().minimumRaters(1).build();
    ScoreReport first = report("first", List.of("equality"), protect, a(Y), a(Y), a(Y));
    ScoreReport second = report("second", List.of("equality"), protect, a(Y), a(Y));
    PrincipleCrosswalk equality =
        row(Crosswalk.compare(List.of(first, second), PrincipleFrameworks.guide()), "equality");
    assertEquals(Optional.of(ScoreStatus.NO_ANSWERS), equality.results().get(1).status());
    assertEquals(CrosswalkVerdict.NOT_COMPARABLE, equality.verdict());
  }

  @Test
  void oneInstrumentAloneIsRefused() {
    ScoreReport first = report("first", List.of("equality"), EVERY_ANSWER_COUNTS, a(Y));
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () -> Crosswalk.compare(List.of(first), PrincipleFrameworks.guide()));
    assertTrue(e.getMessage().contains("two instruments or more"), e.getMessage());
  }

  @Test
  void theSameChecklistTwiceIsRefused() {
    ScoreReport first = report("first", List.of("equality"), EVERY_ANSWER_COUNTS, a(Y));
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () -> Crosswalk.compare(List.of(first, first), PrincipleFrameworks.guide()));
    assertTrue(e.getMessage().startsWith("instruments[1].checklist"), e.getMessage());
  }

  @Test
  void instrumentsScoredUnderDifferentSettingsAreRefused() {
    ScoreReport first = report("first", List.of("equality"), EVERY_ANSWER_COUNTS, a(Y));
    ScoreReport second =
        report("second", List.of("equality"), ScoringSettings.defaults(), a(Y), a(Y), a(Y));
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () -> Crosswalk.compare(List.of(first, second), PrincipleFrameworks.guide()));
    assertTrue(e.getMessage().startsWith("instruments[1].settings"), e.getMessage());
  }

  @Test
  void givenTheChecklistsEachItemBehindAScoreCarriesItsStatement() {
    Checklist first = checklist("first", List.of("equality"));
    Checklist second = checklist("second", List.of("equality", "diversity"));
    CrosswalkReport crosswalk =
        Crosswalk.compare(
            List.of(
                report(first, EVERY_ANSWER_COUNTS, a(Y)),
                report(second, EVERY_ANSWER_COUNTS, a(Y, N))),
            List.of(first, second),
            PrincipleFrameworks.guide());
    assertEquals(
        Map.of("equality-item", "A good practice"),
        row(crosswalk, "equality").results().get(1).statements());
    assertEquals(Map.of(), row(crosswalk, "diversity").results().get(0).statements(), "not asked");
  }

  @Test
  void withoutTheChecklistsThereAreNoStatements() {
    CrosswalkReport crosswalk =
        Crosswalk.compare(
            List.of(
                report("first", List.of("equality"), EVERY_ANSWER_COUNTS, a(Y)),
                report("second", List.of("equality"), EVERY_ANSWER_COUNTS, a(Y))),
            PrincipleFrameworks.guide());
    assertTrue(row(crosswalk, "equality").results().get(0).statements().isEmpty());
    assertTrue(crosswalk.reviewRoundIds().isEmpty(), "answers that name no round");
  }

  @Test
  void aChecklistOtherThanTheOneScoredWithIsRefused() {
    Checklist first = checklist("first", List.of("equality"));
    Checklist second = checklist("second", List.of("equality"));
    List<ScoreReport> reports =
        List.of(
            report(first, EVERY_ANSWER_COUNTS, a(Y)), report(second, EVERY_ANSWER_COUNTS, a(Y)));
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () -> Crosswalk.compare(reports, List.of(second, first), PrincipleFrameworks.guide()));
    assertTrue(e.getMessage().startsWith("checklists[0]"), e.getMessage());
  }

  @Test
  void aStatementForAnItemNotBehindTheScoreIsRefused() {
    Checklist first = checklist("first", List.of("equality"));
    InstrumentResult result =
        InstrumentResult.builder().checklist(first.ref()).asked(false).raters(0).build();
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () ->
                InstrumentResult.builder()
                    .from(result)
                    .putStatements("equality-item", "A good practice")
                    .build());
    assertTrue(e.getMessage().contains("equality-item"), e.getMessage());
  }
}
