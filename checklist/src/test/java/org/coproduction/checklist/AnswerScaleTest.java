package org.coproduction.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Documents;
import org.junit.jupiter.api.Test;

class AnswerScaleTest {

  @Test
  void theYesPartlyNoScaleHasTheCodesOfAnswerAndTheirOldValues() {
    AnswerScale s = AnswerScales.YES_PARTLY_NO;
    assertEquals(List.of(Answer.values()).stream().map(Enum::name).toList(), s.codes());
    assertEquals(100.0, s.valueOf("YES").getAsDouble());
    assertEquals(50.0, s.valueOf("PARTLY").getAsDouble());
    assertEquals("NO", s.bottom().code());
    assertEquals(Optional.empty(), s.option("MAYBE"));
    assertEquals(false, s.isAnswer("DONT_KNOW"));
  }

  @Test
  void theAgreementScaleRunsFromStronglyDisagreeToStronglyAgreeInFivePoints() {
    AnswerScale s = AnswerScales.AGREEMENT;
    assertEquals(
        List.of("STRONGLY_DISAGREE", "DISAGREE", "NEITHER", "AGREE", "STRONGLY_AGREE"),
        s.options().stream().map(AnswerOption::code).toList());
    assertEquals(75.0, s.valueOf("AGREE").getAsDouble());
    assertEquals("STRONGLY_DISAGREE", s.bottom().code());
  }

  @Test
  void theProgressScaleRunsFromNotStartedToEmbeddedInFourSteps() {
    AnswerScale s = AnswerScales.PROGRESS;
    assertEquals(
        List.of("NOT_STARTED", "STARTED", "ON_THE_WAY", "EMBEDDED"),
        s.options().stream().map(AnswerOption::code).toList());
    assertEquals("EMBEDDED", s.top().code());
    assertEquals(Optional.of(AnswerScales.PROGRESS), AnswerScales.builtIn("progress-4"));
  }

  @Test
  void answersOutOfOrderAreRefusedInTheScalesWords() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () ->
                AnswerScale.builder()
                    .id("ours")
                    .title("How well?")
                    .addOptions(
                        AnswerOption.answer("LOW", "Low", "Low", 0),
                        AnswerOption.answer("HIGH", "High", "High", 100),
                        AnswerOption.answer("MID", "Middle", "Middle", 50))
                    .build());
    assertEquals(
        "options[2].value: the answers must be in order, each worth more than the one before:"
            + " 'MID' is worth 50 after 'HIGH' worth 100",
        e.getMessage());
  }

  @Test
  void aCodeUsedTwiceIsRefused() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () ->
                AnswerScale.builder()
                    .from(AnswerScales.AGREEMENT)
                    .id("ours")
                    .notAnswers(List.of(AnswerOption.notAnAnswer("AGREE", "Agree", "Yes")))
                    .build());
    assertEquals(
        "notAnswers[0].code: code 'AGREE' is already used at options[3] of this scale",
        e.getMessage());
  }

  @Test
  void aDontKnowWithAValueIsRefusedBecauseItNeverCounts() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () ->
                AnswerScale.builder()
                    .from(AnswerScales.AGREEMENT)
                    .id("ours")
                    .notAnswers(List.of(AnswerOption.answer("DK", "Don't know", "Not sure", 50)))
                    .build());
    assertEquals(
        "notAnswers[0].value: 'DK' is not an answer, so it never counts and has no value",
        e.getMessage());
  }

  @Test
  void aScaleThatDoesNotReachZeroAndOneHundredIsRefused() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () ->
                AnswerScale.builder()
                    .id("ours")
                    .title("How many?")
                    .addOptions(
                        AnswerOption.answer("ONE", "1", "1", 1),
                        AnswerOption.answer("FIVE", "5", "5", 5))
                    .build());
    assertEquals(
        "options: the bottom answer must be worth 0 and the top one 100, so that a score means"
            + " the same on every scale; here they are worth 1 and 5",
        e.getMessage());
  }

  @Test
  void aChecklistThatNamesNoScaleIsOnYesPartlyNoAndWritesAsBefore() {
    Checklist c = BuiltInChecklist.get();
    assertEquals(AnswerScales.YES_PARTLY_NO, c.scale());
    assertEquals(List.of(Answer.values()), c.answerScale());
    String json = Documents.write(c);
    assertEquals(false, json.contains("\"scale\""));
    assertEquals(false, json.contains("\"scales\""));
  }

  @Test
  void anItemMayUseAnotherScaleThanItsChecklist() {
    Checklist builtIn = BuiltInChecklist.get();
    ChecklistItem first =
        ChecklistItem.copyOf(builtIn.items().get(0)).scaleId("progress-4").build();
    Checklist c =
        Checklist.builder()
            .from(builtIn)
            .scaleId("agreement-5")
            .answerCodes(AnswerScales.AGREEMENT.codes())
            .items(List.of(first, builtIn.items().get(1)))
            .build();
    assertEquals(AnswerScales.PROGRESS, c.scaleOf(c.items().get(0)));
    assertEquals(AnswerScales.AGREEMENT, c.scaleOf(c.items().get(1)));
    assertEquals(List.of(), c.answerScale());
    assertEquals(c, Documents.read(Documents.write(c), Checklist.class));
  }

  @Test
  void aDerivedChecklistKeepsItsBasesScales() {
    AnswerScale own =
        AnswerScale.builder()
            .from(AnswerScales.AGREEMENT)
            .id("how-much")
            .title("How much?")
            .build();
    Checklist base =
        Checklist.builder()
            .from(BuiltInChecklist.get())
            .scaleId("how-much")
            .scales(List.of(own))
            .answerCodes(own.codes())
            .build();
    Checklist derived =
        ChecklistDerivation.from(base)
            .drop(base.items().get(0).id())
            .derive("ours", "1", "Our checklist");
    assertEquals(own, derived.scale());
    assertEquals(own.codes(), derived.answerCodes());
  }

  @Test
  void aScaleNobodyDefinedIsRefusedWithTheItemsPath() {
    Checklist builtIn = BuiltInChecklist.get();
    ChecklistItem first = ChecklistItem.copyOf(builtIn.items().get(0)).scaleId("likert").build();
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () -> Checklist.builder().from(builtIn).items(List.of(first)).build());
    assertEquals(
        "items[0].scale: no scale 'likert': name a built-in scale (yes-partly-no, agreement-5,"
            + " progress-4, ladder-7) or one under scales",
        e.getMessage());
  }

  @Test
  void aChecklistsOwnScaleMayNotTakeABuiltInName() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () ->
                Checklist.builder()
                    .from(BuiltInChecklist.get())
                    .addScales(AnswerScale.builder().from(AnswerScales.PROGRESS).build())
                    .build());
    assertEquals(
        "scales[0].id: 'progress-4' is the name of a built-in scale; give this scale a name of its"
            + " own",
        e.getMessage());
  }

  @Test
  void aResponseOnAnotherScaleStillRefusesToPretendToBeAYesPartlyNoAnswer() {
    ItemResponse r = ItemResponse.of("x", "AGREE");
    assertEquals("AGREE", r.answerCode());
    assertThrows(CoProductionException.class, r::answer);
    assertEquals(Answer.PARTLY, ItemResponse.of("x", Answer.PARTLY).answer());
  }
}
