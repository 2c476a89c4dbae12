package org.coproduction.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Documents;
import org.coproduction.core.Source;
import org.coproduction.core.practice.JigsawArea;
import org.junit.jupiter.api.Test;

class ChecklistTest {
  private final String golden;

  ChecklistTest() throws IOException {
    golden =
        Files.readString(
            Path.of("src", "test", "resources", "golden", "checklist.json"),
            StandardCharsets.UTF_8);
  }

  /** Reads the golden checklist with one piece of it replaced, and returns the message. */
  private String readWith(String from, String to) {
    String changed = golden.replace(from, to);
    assertEquals(false, changed.equals(golden), "the replacement must change the document");
    return assertThrows(CoProductionException.class, () -> Documents.read(changed, Checklist.class))
        .getMessage();
  }

  @Test
  void twoItemsWithOneIdAreRejectedWithThePathOfTheSecond() {
    assertEquals(
        "items[1].id: duplicate id 'notice-given', already used at index 0 of this list",
        readWith("\"id\" : \"minutes-in-easy-read\"", "\"id\" : \"notice-given\""));
  }

  @Test
  void anItemMappedToAFrameworkTheChecklistDoesNotListIsRejected() {
    assertEquals(
        "items[1].principles.own: framework 'own' is not one of the checklist's frameworks",
        readWith(
            "\"principles\" : {\n      \"guide\" : [ \"accessibility\" ]\n    }",
            "\"principles\" : {\n      \"own\" : [ \"access\" ]\n    }"));
  }

  @Test
  void aWeightOfZeroIsRejected() {
    assertEquals(
        "items[1].weight: must be a number more than 0, was 0",
        readWith("\"weight\" : 1.0", "\"weight\" : 0.0"));
  }

  @Test
  void aWeightAboveTheMaximumIsRejectedWithItsPath() {
    assertEquals(
        "items[1].weight: must be 1000 or less: a weight says how many times one item counts"
            + " beside an item of weight 1",
        readWith("\"weight\" : 1.0", "\"weight\" : 1e308"));
    assertEquals(
        "items[1].weight: must be 1000 or less: a weight says how many times one item counts"
            + " beside an item of weight 1",
        readWith("\"weight\" : 1.0", "\"weight\" : 1000.001"));
  }

  @Test
  void theLargestAllowedWeightIsAccepted() {
    ChecklistItem item =
        ChecklistItem.copyOf(BuiltInChecklist.get().items().get(0))
            .weight(ChecklistItem.MAX_WEIGHT)
            .build();
    assertEquals(1000.0, item.weight());
  }

  @Test
  void anItemWithoutASourceIsRejected() {
    assertEquals(
        "items[1].sources: must name at least one source",
        readWith(
            "[ {\n      \"document\" : \"Riverside co-production policy\",\n"
                + "      \"section\" : \"Meetings\"\n    } ]",
            "[ ]"));
  }

  @Test
  void anItemWithoutTheRecordBasedFlagIsRejected() {
    assertEquals(
        "items[1].recordBased: required field is missing",
        readWith("\"recordBased\" : false,", ""));
  }

  @Test
  void anUnknownFailureModeIsRejected() {
    assertEquals(
        "items[0].failureMode: must be one of INVOLVED_ONLY_AT_THE_END, SOLUTION_DECIDED_IN_ADVANCE,"
            + " SUGGESTIONS_REJECTED_FOR_NOT_FITTING, LISTENED_TO_BUT_NOT_IN_THE_RESULT,"
            + " NEVER_HEARD_OF_AGAIN, NO_EXPENSES_OR_FEE, POOR_NOTICE_AND_TIMING,"
            + " VENUE_NOT_ACCESSIBLE, KEY_STAKEHOLDERS_MISSING or COMMENTS_NOT_RECORDED",
        readWith("\"POOR_NOTICE_AND_TIMING\"", "\"LATE_NOTICE\""));
  }

  @Test
  void answerCodesOutOfTheScalesOrderAreRejected() {
    assertEquals(
        "answerScale: must be the codes of scale 'yes-partly-no', in order: YES, PARTLY, NO,"
            + " DONT_KNOW, NOT_APPLICABLE",
        readWith("\"NO\", \"DONT_KNOW\"", "\"DONT_KNOW\", \"NO\""));
  }

  @Test
  void aChecklistBasedOnItselfIsRejected() {
    assertEquals(
        "basedOn: a checklist cannot be based on itself: give the derived one its own id or version",
        readWith(
            "\"id\" : \"coproduction-police\",\n    \"version\" : \"1.0\"",
            "\"id\" : \"riverside-checklist\",\n    \"version\" : \"2.1\""));
  }

  @Test
  void aLanguageThatIsNotATagIsRejected() {
    assertEquals(
        "language: must be a language tag such as en, en-GB or cy",
        readWith("\"en-GB\"", "\"English\""));
  }

  @Test
  void aVersionWithSpacesIsRejected() {
    assertEquals(
        "version: must be a version of 1 to 32 letters, digits, '.', '_' or '-', such as 1.0,"
            + " starting with a letter or digit",
        readWith("\"version\" : \"2.1\"", "\"version\" : \"second draft\""));
  }

  @Test
  void aChecklistWithoutItemsIsRejected() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () ->
                Checklist.builder().id("empty").version("1").title("Empty").language("en").build());
    assertEquals("items: a checklist needs at least one item", e.getMessage());
  }

  @Test
  void theAnswerScaleNeedNotBeGivenInJava() {
    Checklist c =
        Checklist.builder()
            .id("small")
            .version("1")
            .title("Small")
            .language("en")
            .addItems(
                ChecklistItem.builder()
                    .id("one")
                    .statement("We met.")
                    .easyRead("We met.")
                    .area(JigsawArea.PRACTICE)
                    .severity(Severity.MINOR)
                    .weight(1)
                    .recordBased(false)
                    .addSources(Source.of("Our notes", "Meetings"))
                    .build())
            .build();
    assertEquals(List.of(Answer.values()), c.answerScale());
    assertEquals(List.of("one"), c.itemIds());
    assertEquals("small 1", c.ref().toString());
  }
}
