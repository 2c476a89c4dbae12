package org.coproduction.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.checklist.ItemResponse;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Documents;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.initiative.ReviewRound;
import org.coproduction.core.ledger.Contribution;
import org.coproduction.core.ledger.ContributionKind;
import org.coproduction.core.ledger.ReciprocityLedger;
import org.coproduction.core.ledger.Return;
import org.coproduction.core.ledger.ReturnKind;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Participant;
import org.coproduction.core.people.Role;
import org.junit.jupiter.api.Test;

class EvaluationTest {
  private static final Path GOLDEN =
      Path.of("src", "test", "resources", "golden", "evaluation.json");

  /** A small case: three people, one round, a ledger and three sets of answers. */
  static Evaluation sample() {
    Initiative initiative =
        Initiative.builder()
            .id("tea-club")
            .name("Tea and talk")
            .purpose("A weekly club that its members run together.")
            .addParticipants(
                Participant.builder()
                    .id("p1")
                    .addRoles(Role.PERSON_WHO_USES_SERVICES, Role.VOLUNTEER)
                    .interestGroup(InterestGroup.PEOPLE_WHO_USE_SERVICES)
                    .livedExperience(true)
                    .build(),
                Participant.builder()
                    .id("p2")
                    .addRoles(Role.CARER_OR_FAMILY)
                    .interestGroup(InterestGroup.FAMILY_AND_FRIENDS_WHO_CARE)
                    .livedExperience(true)
                    .build(),
                Participant.builder()
                    .id("p3")
                    .addRoles(Role.MANAGER)
                    .interestGroup(InterestGroup.PEOPLE_WHO_COMMISSION_AND_RUN_SERVICES)
                    .livedExperience(false)
                    .build())
            .addReviewRounds(
                ReviewRound.builder()
                    .id("y1")
                    .label("Year 1 review")
                    .date(LocalDate.of(2025, 12, 4))
                    .build())
            .build();
    ReciprocityLedger ledger =
        ReciprocityLedger.builder()
            .id("tea-club-ledger")
            .initiativeId("tea-club")
            .currency("GBP")
            .addParticipants("p1", "p2")
            .addContributions(
                Contribution.builder()
                    .id("c1")
                    .participantId("p1")
                    .date(LocalDate.of(2025, 3, 6))
                    .hours(Duration.ofHours(3))
                    .kind(ContributionKind.DELIVERY)
                    .build())
            .addReturns(
                Return.builder()
                    .id("r1")
                    .participantId("p1")
                    .date(LocalDate.of(2025, 3, 6))
                    .kind(ReturnKind.TIME_CREDITS)
                    .creditHours(Duration.ofHours(3))
                    .build())
            .build();
    return Evaluation.builder()
        .id("tea-club")
        .title("Tea and talk, year 1")
        .description("A small club scored by its members, a carer and its manager.")
        .initiative(initiative)
        .ledger(ledger)
        .addResponses(
            responses("a1", Role.PERSON_WHO_USES_SERVICES, InterestGroup.PEOPLE_WHO_USE_SERVICES)
                .participantId("p1")
                .reviewRoundId("y1")
                .addAnswers(
                    ItemResponse.of("involved-from-start", Answer.YES),
                    ItemResponse.builder()
                        .itemId("notice-given")
                        .answer(Answer.PARTLY)
                        .comment("Once we heard on the day.")
                        .build())
                .build(),
            responses("a2", Role.CARER_OR_FAMILY, InterestGroup.FAMILY_AND_FRIENDS_WHO_CARE)
                .reviewRoundId("y1")
                .addAnswers(ItemResponse.of("involved-from-start", Answer.DONT_KNOW))
                .build(),
            responses("a3", Role.MANAGER, InterestGroup.PEOPLE_WHO_COMMISSION_AND_RUN_SERVICES)
                .participantId("p3")
                .addAnswers(ItemResponse.of("expenses-and-fees", Answer.NO))
                .build())
        .build();
  }

  private static ResponseSet.Builder responses(String id, Role role, InterestGroup group) {
    return ResponseSet.builder()
        .id(id)
        .checklist(BuiltInChecklist.get().ref())
        .initiativeId("tea-club")
        .raterRole(role)
        .raterInterestGroup(group);
  }

  @Test
  void theGoldenEvaluationIsReadAndWrittenBackUnchanged() throws IOException {
    String golden = Files.readString(GOLDEN, StandardCharsets.UTF_8);
    Evaluation read = Documents.read(golden, Evaluation.class);
    String written = Documents.write(read);
    if (!written.equals(golden)) {
      Files.writeString(Path.of("target", "evaluation.json"), written);
    }
    assertEquals(golden, written);
    assertEquals(sample(), read);
  }

  @Test
  void withoutAChecklistTheBuiltInOneIsInUse() {
    assertTrue(sample().checklist().isEmpty());
    assertSame(BuiltInChecklist.get(), sample().checklistInUse());
  }

  @Test
  void answersCanBePickedOutByRound() {
    assertEquals(
        List.of("a1", "a2"),
        sample().responsesInRound("y1").stream().map(ResponseSet::id).toList());
    assertTrue(sample().responsesInRound("y2").isEmpty());
  }

  @Test
  void nestedDocumentsAreWrittenInlineWithoutTheirOwnSchemaVersion() {
    String json = Documents.write(sample());
    assertTrue(json.startsWith("{\n  \"schemaVersion\" : 1,"), json);
    assertEquals(json.indexOf("schemaVersion"), json.lastIndexOf("schemaVersion"));
  }

  @Test
  void answersAboutAnotherInitiativeAreRejectedWithTheirPath() {
    assertRejected(
        edit("/responses/1/initiativeId", "bake-club"),
        "responses[1].initiativeId: these answers are about initiative 'bake-club', not 'tea-club'");
  }

  @Test
  void anAnswerToAnItemTheChecklistLacksIsRejectedWithTheFullPath() {
    assertRejected(
        edit("/responses/0/answers/1/itemId", "free-parking"),
        "responses[0].answers[1].itemId: no item 'free-parking' in checklist coproduction-police 1.0");
  }

  @Test
  void answersToAnotherChecklistVersionAreRejected() {
    assertRejected(
        edit("/responses/2/checklist/version", "0.9"),
        "responses[2].checklist.version: these answers are to version 0.9 of checklist"
            + " coproduction-police, not version 1.0");
  }

  @Test
  void aReviewRoundTheInitiativeLacksIsRejected() {
    assertRejected(
        edit("/responses/1/reviewRoundId", "y2"),
        "responses[1].reviewRoundId: no review round with id 'y2'");
  }

  @Test
  void aRaterWhoIsNotAParticipantIsRejected() {
    assertRejected(
        edit("/responses/2/participantId", "p9"),
        "responses[2].participantId: no participant with id 'p9'");
  }

  @Test
  void aNamedRaterMustAnswerInOneOfTheirOwnRoles() {
    assertRejected(
        edit("/responses/0/raterRole", "CARER_OR_FAMILY"),
        "responses[0].raterRole: participant 'p1' does not hold the role CARER_OR_FAMILY");
  }

  @Test
  void aNamedRaterMustSpeakForTheirOwnInterestGroup() {
    assertRejected(
        edit("/responses/2/raterInterestGroup", "PEOPLE_WHO_WORK_IN_SERVICES"),
        "responses[2].raterInterestGroup: participant 'p3' speaks for"
            + " PEOPLE_WHO_COMMISSION_AND_RUN_SERVICES, not PEOPLE_WHO_WORK_IN_SERVICES");
  }

  @Test
  void aNamedRaterAnswersOncePerRound() {
    Evaluation sample = sample();
    ResponseSet again = ResponseSet.builder().from(sample.responses().get(0)).id("a4").build();
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () -> Evaluation.builder().from(sample).addResponses(again).build());
    assertEquals(
        "responses[3].participantId: participant 'p1' already answered in review round 'y1' at"
            + " responses[0]",
        e.getMessage());
  }

  @Test
  void theSameRaterMayAnswerAgainInAnotherRound() {
    Evaluation sample = sample();
    ResponseSet outsideRound =
        ResponseSet.builder()
            .from(sample.responses().get(0))
            .id("a4")
            .reviewRoundId(java.util.Optional.empty())
            .build();
    assertEquals(
        4, Evaluation.builder().from(sample).addResponses(outsideRound).build().responses().size());
  }

  @Test
  void repeatedResponseIdsAreRejected() {
    assertRejected(
        edit("/responses/2/id", "a1"),
        "responses[2].id: duplicate id 'a1', already used at index 0 of this list");
  }

  @Test
  void aLedgerForAnotherInitiativeIsRejected() {
    assertRejected(
        edit("/ledger/initiativeId", "bake-club"),
        "ledger.initiativeId: this ledger is for initiative 'bake-club', not 'tea-club'");
  }

  @Test
  void aLedgerNamingSomeoneOutsideTheInitiativeIsRejected() {
    assertRejected(
        edit("/ledger/participants/1", "p9"),
        "ledger.participants[1]: no participant with id 'p9'");
  }

  @Test
  void aBrokenNestedValueIsReportedWithItsPathFromTheRoot() {
    assertRejected(
        edit("/initiative/participants/2/id", "Ann Smith"),
        "initiative.participants[2].id: must be an id of 1 to 64 letters, digits, '.', '_' or '-',"
            + " starting with a letter or digit");
  }

  @Test
  void aBlankTitleIsRejectedWithoutRepeatingIt() {
    assertRejected(edit("/title", "   "), "title: must not be blank");
  }

  @Test
  void theEvaluationNeedsAnInitiative() {
    assertRejected(
        JsonEdits.remove(Documents.write(sample()), "/initiative"),
        "initiative: required field is missing");
  }

  @Test
  void answerCommentsStayOutOfMessages() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () -> Documents.read(edit("/responses/0/initiativeId", "bake-club"), Evaluation.class));
    assertFalse(e.getMessage().contains("Once we heard"));
  }

  private static String edit(String pointer, Object value) {
    return JsonEdits.set(Documents.write(sample()), pointer, value);
  }

  private static void assertRejected(String json, String message) {
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> Documents.read(json, Evaluation.class));
    assertEquals(message, e.getMessage());
  }
}
