package org.coproduction.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Documents;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Role;
import org.junit.jupiter.api.Test;

class ResponseSetTest {
  private static ResponseSet.Builder anonymousCarer(String version, List<ItemResponse> answers) {
    ResponseSet.Builder b = ResponseSet.builder();
    b.id("rs-1")
        .checklist(ChecklistRef.of("coproduction-police", version))
        .initiativeId("day-centre")
        .raterRole(Role.CARER_OR_FAMILY)
        .raterInterestGroup(InterestGroup.FAMILY_AND_FRIENDS_WHO_CARE)
        .answers(answers);
    return b;
  }

  private static final List<ItemResponse> FOUR_ANSWERS =
      List.of(
          ItemResponse.of("notice-given", Answer.NO),
          ItemResponse.of("venue-access", Answer.YES),
          ItemResponse.of("expenses-and-fees", Answer.DONT_KNOW),
          ItemResponse.of("x", Answer.PARTLY));

  @Test
  void anAnswerToAnItemTheChecklistVersionLacksIsRejectedWithItsPath() {
    ResponseSet r = anonymousCarer("1.0", FOUR_ANSWERS).build();
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> r.validateAgainst(BuiltInChecklist.get()));
    assertEquals(
        "answers[3].itemId: no item 'x' in checklist coproduction-police 1.0", e.getMessage());
    assertEquals("answers[3].itemId", e.path());
  }

  @Test
  void answersToAnotherVersionAreRejected() {
    ResponseSet r = anonymousCarer("0.9", FOUR_ANSWERS.subList(0, 3)).build();
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> r.validateAgainst(BuiltInChecklist.get()));
    assertEquals(
        "checklist.version: these answers are to version 0.9 of checklist coproduction-police,"
            + " not version 1.0",
        e.getMessage());
  }

  @Test
  void answersToAnotherChecklistAreRejected() {
    ResponseSet r =
        anonymousCarer("1.0", FOUR_ANSWERS.subList(0, 3))
            .checklist(ChecklistRef.of("riverside-checklist", "1.0"))
            .build();
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> r.validateAgainst(BuiltInChecklist.get()));
    assertEquals(
        "checklist.id: these answers are to checklist 'riverside-checklist', not"
            + " 'coproduction-police'",
        e.getMessage());
  }

  @Test
  void answersToSomeItemsOfTheRightVersionFit() {
    anonymousCarer("1.0", FOUR_ANSWERS.subList(0, 3))
        .build()
        .validateAgainst(BuiltInChecklist.get());
  }

  @Test
  void twoAnswersToOneItemAreRejected() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () ->
                anonymousCarer(
                        "1.0",
                        List.of(
                            ItemResponse.of("notice-given", Answer.NO),
                            ItemResponse.of("venue-access", Answer.YES),
                            ItemResponse.of("notice-given", Answer.YES)))
                    .build());
    assertEquals(
        "answers[2].itemId: item 'notice-given' is already answered at index 0 of this list; a rater answers"
            + " each item once",
        e.getMessage());
  }

  @Test
  void anEmptyResponseSetIsRejected() {
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> anonymousCarer("1.0", List.of()).build());
    assertEquals("answers: a response set needs at least one answer", e.getMessage());
  }

  @Test
  void anEmptyResponseSetIsRejectedWhenRead() {
    String json =
        Documents.write(anonymousCarer("1.0", FOUR_ANSWERS).build())
            .replaceAll("(?s)\"answers\" : \\[.*?\\} \\],", "\"answers\" : [ ],");
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> Documents.read(json, ResponseSet.class));
    assertEquals("answers: a response set needs at least one answer", e.getMessage());
  }

  @Test
  void anAnswerOutsideTheItemsScaleIsRejectedWithItsPathWhenCheckedAgainstTheChecklist() {
    String json =
        Documents.write(anonymousCarer("1.0", FOUR_ANSWERS).build())
            .replace("\"answer\" : \"YES\"", "\"answer\" : \"yes\"");
    ResponseSet r = Documents.read(json, ResponseSet.class);
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> r.validateAgainst(BuiltInChecklist.get()));
    assertEquals(
        "answers[1].answer: 'yes' is not an answer to item '"
            + r.answers().get(1).itemId()
            + "', which is answered on scale 'yes-partly-no': YES, PARTLY, NO, DONT_KNOW,"
            + " NOT_APPLICABLE",
        e.getMessage());
  }

  @Test
  void anAnswerThatIsNotACodeIsRejectedWhenRead() {
    String json =
        Documents.write(anonymousCarer("1.0", FOUR_ANSWERS).build())
            .replace("\"answer\" : \"YES\"", "\"answer\" : \"not sure\"");
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> Documents.read(json, ResponseSet.class));
    assertTrue(e.getMessage().startsWith("answers[1].answer: "), e.getMessage());
  }

  @Test
  void aRoleThatIsNotOneOfTheRolesIsRejectedWithItsPath() {
    String json =
        Documents.write(anonymousCarer("1.0", FOUR_ANSWERS).build())
            .replace("\"CARER_OR_FAMILY\"", "\"carer\"");
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> Documents.read(json, ResponseSet.class));
    assertTrue(
        e.getMessage()
            .startsWith("raterRole: must be one of PERSON_WHO_USES_SERVICES, CARER_OR_FAMILY,"),
        e.getMessage());
  }

  @Test
  void aRaterMayBeNamedOrAnonymous() {
    ResponseSet anonymous = anonymousCarer("1.0", FOUR_ANSWERS).build();
    ResponseSet named = anonymousCarer("1.0", FOUR_ANSWERS).participantId("p7").build();
    assertTrue(anonymous.participantId().isEmpty());
    assertEquals("p7", named.participantId().orElseThrow());
  }

  @Test
  void commentsAndEvidenceStayOutOfToString() {
    ItemResponse r =
        ItemResponse.builder()
            .itemId("notice-given")
            .answer(Answer.NO)
            .comment("My son was in hospital that week")
            .evidence("Letter dated 2 May")
            .build();
    assertFalse(r.toString().contains("hospital"), r.toString());
    assertFalse(r.toString().contains("Letter"), r.toString());
  }

  @Test
  void aBlankCommentIsRejected() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () ->
                ItemResponse.builder()
                    .itemId("notice-given")
                    .answer(Answer.NO)
                    .comment(" ")
                    .build());
    assertEquals("comment: must not be blank", e.getMessage());
  }
}
