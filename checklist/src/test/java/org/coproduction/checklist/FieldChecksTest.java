package org.coproduction.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Document;
import org.coproduction.core.Documents;
import org.junit.jupiter.api.Test;

/**
 * Every field of a checklist item and a response set that has a rule of its own is refused on its
 * own, with its path: one broken field in an otherwise valid golden document at a time.
 */
class FieldChecksTest {
  private static final String BAD_ID =
      "must be an id of 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit";

  private static String golden(String name) throws IOException {
    return Files.readString(
        Path.of("src", "test", "resources", "golden", name), StandardCharsets.UTF_8);
  }

  /** Reads {@code document} with one piece replaced and returns the message it is refused with. */
  private static String refusal(
      String document, Class<? extends Document> type, String from, String to) {
    String changed = document.replace(from, to);
    assertNotEquals(document, changed, "the replacement must change the document");
    return assertThrows(CoProductionException.class, () -> Documents.read(changed, type))
        .getMessage();
  }

  private static String checklistWith(String from, String to) throws IOException {
    return refusal(golden("checklist.json"), Checklist.class, from, to);
  }

  private static String responsesWith(String from, String to) throws IOException {
    return refusal(golden("response-set.json"), ResponseSet.class, from, to);
  }

  @Test
  void anItemIdThatIsNotAnIdIsRefused() throws IOException {
    assertEquals(
        "items[1].id: " + BAD_ID,
        checklistWith("\"id\" : \"minutes-in-easy-read\"", "\"id\" : \"minutes in easy read\""));
  }

  @Test
  void aBlankStatementIsRefused() throws IOException {
    assertEquals(
        "items[1].statement: must not be blank",
        checklistWith("\"Notes of each meeting were sent out in easy read as well.\"", "\"   \""));
  }

  @Test
  void aBlankEasyReadTextIsRefused() throws IOException {
    assertEquals(
        "items[1].easyRead: must not be blank",
        checklistWith("\"After each meeting, people got the notes in easy read.\"", "\"\""));
  }

  @Test
  void aFrameworkKeyThatIsNotAnIdIsRefused() throws IOException {
    assertEquals(
        "items[1].principles: " + BAD_ID,
        checklistWith(
            "\"principles\" : {\n      \"guide\" : [ \"accessibility\" ]\n    }",
            "\"principles\" : {\n      \"the guide\" : [ \"accessibility\" ]\n    }"));
  }

  @Test
  void aFrameworkWithNoPrinciplesIsRefused() throws IOException {
    assertEquals(
        "items[1].principles.guide: must name at least one principle",
        checklistWith(
            "\"principles\" : {\n      \"guide\" : [ \"accessibility\" ]\n    }",
            "\"principles\" : {\n      \"guide\" : [ ]\n    }"));
  }

  @Test
  void aPrincipleIdThatIsNotAnIdIsRefusedAtItsIndex() throws IOException {
    assertEquals(
        "items[0].principles.pathway[1]: " + BAD_ID,
        checklistWith("[ \"know-me\" ]", "[ \"know-me\", \"know me\" ]"));
  }

  @Test
  void aPrincipleNamedTwiceForOneFrameworkIsRefused() throws IOException {
    assertEquals(
        "items[0].principles.pathway[1]: duplicate id 'know-me', already used at index 0 of this"
            + " list",
        checklistWith("[ \"know-me\" ]", "[ \"know-me\", \"know-me\" ]"));
  }

  @Test
  void aRecommendationIdThatIsNotAnIdIsRefusedAtItsIndex() throws IOException {
    assertEquals(
        "items[0].recommendations[1]: " + BAD_ID,
        checklistWith("[ \"rec-09\" ]", "[ \"rec-09\", \"rec 10\" ]"));
  }

  @Test
  void aRecommendationNamedTwiceIsRefused() throws IOException {
    assertEquals(
        "items[0].recommendations[1]: duplicate id 'rec-09', already used at index 0 of this list",
        checklistWith("[ \"rec-09\" ]", "[ \"rec-09\", \"rec-09\" ]"));
  }

  @Test
  void anEndlessWeightIsRefused() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () ->
                ChecklistItem.builder()
                    .from(BuiltInChecklist.get().items().get(0))
                    .weight(Double.POSITIVE_INFINITY)
                    .build());
    assertEquals("weight: must be a number more than 0, was Infinity", e.getMessage());
  }

  @Test
  void aFrameworkListedTwiceIsRefused() throws IOException {
    assertEquals(
        "frameworks[1].id: duplicate id 'guide', already used at index 0 of this list",
        checklistWith(
            "\"id\" : \"pathway\",\n    \"version\" : \"1\"",
            "\"id\" : \"guide\",\n    \"version\" : \"1\""));
  }

  @Test
  void aResponseSetIdThatIsNotAnIdIsRefused() throws IOException {
    assertEquals("id: " + BAD_ID, responsesWith("\"rs-0042\"", "\"rs 0042\""));
  }

  @Test
  void anInitiativeIdThatIsNotAnIdIsRefused() throws IOException {
    assertEquals(
        "initiativeId: " + BAD_ID, responsesWith("\"day-centre-redesign\"", "\"day centre\""));
  }

  @Test
  void aReviewRoundIdThatIsNotAnIdIsRefused() throws IOException {
    assertEquals("reviewRoundId: " + BAD_ID, responsesWith("\"round-2\"", "\"round 2\""));
  }

  @Test
  void aParticipantIdThatIsNotAnIdIsRefused() throws IOException {
    assertEquals(
        "participantId: " + BAD_ID,
        responsesWith(
            "\"id\" : \"rs-0042\",", "\"id\" : \"rs-0042\",\n  \"participantId\" : \"p 7\","));
  }

  @Test
  void aParticipantIdThatIsAnIdIsKept() throws IOException {
    String changed =
        golden("response-set.json")
            .replace(
                "\"id\" : \"rs-0042\",", "\"id\" : \"rs-0042\",\n  \"participantId\" : \"p7\",");
    assertEquals("p7", Documents.read(changed, ResponseSet.class).participantId().orElseThrow());
  }

  @Test
  void anAnswerToAnItemIdThatIsNotAnIdIsRefusedAtItsIndex() throws IOException {
    assertEquals(
        "answers[1].itemId: " + BAD_ID,
        responsesWith("\"minutes-in-easy-read\"", "\"minutes in easy read\""));
  }

  @Test
  void aBlankCommentIsRefusedAtItsAnswer() throws IOException {
    assertEquals(
        "answers[0].comment: must not be blank",
        responsesWith("\"We heard about the March meeting three days before.\"", "\" \""));
  }

  @Test
  void aBlankEvidenceTextIsRefusedAtItsAnswer() throws IOException {
    assertEquals(
        "answers[0].evidence: must not be blank",
        responsesWith("\"Invitation email of 11 March\"", "\"\""));
  }

  @Test
  void evidenceFromTheRecordsNeedsARefAndAFinding() {
    CoProductionException noRef =
        assertThrows(
            CoProductionException.class,
            () ->
                Evidence.builder()
                    .kind(Evidence.Kind.MEETING)
                    .ref(" ")
                    .finding("notice of 3 days")
                    .build());
    assertEquals("ref: must not be blank", noRef.getMessage());
    CoProductionException noFinding =
        assertThrows(
            CoProductionException.class,
            () -> Evidence.builder().kind(Evidence.Kind.MEETING).ref("m-1").finding("").build());
    assertEquals("finding: must not be blank", noFinding.getMessage());
  }

  @Test
  void aRecordAnswerForAnItemIdThatIsNotAnIdIsRefused() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () -> RecordAnswer.builder().itemId("notice given").answer(Answer.YES).build());
    assertEquals("itemId: " + BAD_ID, e.getMessage());
  }

  @Test
  void aFrameworkReferenceNeedsAnIdAndAVersion() {
    assertEquals(
        "id: " + BAD_ID,
        assertThrows(CoProductionException.class, () -> FrameworkRef.of("the guide", "1"))
            .getMessage());
    assertEquals(
        "version: must not be blank",
        assertThrows(CoProductionException.class, () -> FrameworkRef.of("guide", " "))
            .getMessage());
    assertEquals("guide 1", FrameworkRef.of("guide", "1").toString());
  }

  @Test
  void onlyYesPartlyAndNoCountTowardsAScore() {
    assertEquals(true, Answer.YES.isScored());
    assertEquals(true, Answer.PARTLY.isScored());
    assertEquals(true, Answer.NO.isScored());
    assertEquals(false, Answer.DONT_KNOW.isScored());
    assertEquals(false, Answer.NOT_APPLICABLE.isScored());
  }

  @Test
  void aVersionWithSpacesIsRefusedInAChecklistBasedOnNoOther() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () -> Checklist.builder().from(BuiltInChecklist.get()).version("second draft").build());
    assertEquals(
        "version: must be a version of 1 to 32 letters, digits, '.', '_' or '-', such as 1.0,"
            + " starting with a letter or digit",
        e.getMessage());
  }

  @Test
  void aChecklistIdThatIsNotAnIdIsRefusedInAChecklistBasedOnNoOther() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () -> Checklist.builder().from(BuiltInChecklist.get()).id("the police").build());
    assertEquals("id: " + BAD_ID, e.getMessage());
  }

  @Test
  void aBlankTitleIsRefused() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () -> Checklist.builder().from(BuiltInChecklist.get()).title(" ").build());
    assertEquals("title: must not be blank", e.getMessage());
  }

  @Test
  void aChecklistReferenceNeedsAnIdAndAVersion() {
    assertEquals(
        "id: " + BAD_ID,
        assertThrows(CoProductionException.class, () -> ChecklistRef.of("the police", "1.0"))
            .getMessage());
    assertEquals(
        "version: must be a version of 1 to 32 letters, digits, '.', '_' or '-', such as 1.0,"
            + " starting with a letter or digit",
        assertThrows(
                CoProductionException.class,
                () -> ChecklistRef.of("coproduction-police", "first draft"))
            .getMessage());
  }
}
