package org.coproduction.report.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Documents;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Role;
import org.coproduction.report.BundledExamples;
import org.junit.jupiter.api.Test;

class SurveyMappingTest {
  private static final Path GOLDEN =
      Path.of("src", "test", "resources", "golden", "survey-mapping.json");

  /** A small mapping: response id, member number, role, group, two questions, five answer words. */
  static SurveyMapping.Builder sample() {
    return SurveyMapping.builder()
        .id("club-survey")
        .checklist(BuiltInChecklist.get().ref())
        .initiativeId("club")
        .reviewRoundId("y1")
        .responseIdColumn("ID")
        .participantIdColumn("Member number")
        .roleColumn("Role")
        .putRoleWords("Member", Role.PERSON_WHO_USES_SERVICES)
        .putRoleWords("Carer", Role.CARER_OR_FAMILY)
        .putRoleWords("Neighbour", Role.COMMUNITY_MEMBER)
        .putRoleWords("Manager", Role.MANAGER)
        .putRoleWords("Staff", Role.FRONTLINE_STAFF)
        .interestGroupColumn("Group")
        .putInterestGroupWords("Members", InterestGroup.PEOPLE_WHO_USE_SERVICES)
        .putInterestGroupWords("Carers", InterestGroup.FAMILY_AND_FRIENDS_WHO_CARE)
        .putInterestGroupWords("Public", InterestGroup.MEMBERS_OF_THE_PUBLIC)
        .putInterestGroupWords("Running", InterestGroup.PEOPLE_WHO_COMMISSION_AND_RUN_SERVICES)
        .putInterestGroupWords("Working", InterestGroup.PEOPLE_WHO_WORK_IN_SERVICES)
        .addItems(
            ItemColumn.builder()
                .column("Q1 notice")
                .itemId("notice-given")
                .commentColumn("Q1 why")
                .build(),
            ItemColumn.builder().column("Q2 costs").itemId("expenses-and-fees").build())
        .putAnswerWords("Yes", Answer.YES)
        .putAnswerWords("Partly", Answer.PARTLY)
        .putAnswerWords("No", Answer.NO)
        .putAnswerWords("Not sure", Answer.DONT_KNOW)
        .putAnswerWords("N/A", Answer.NOT_APPLICABLE);
  }

  @Test
  void theGoldenMappingIsReadAndWrittenBackUnchanged() throws IOException {
    String golden = Files.readString(GOLDEN, StandardCharsets.UTF_8);
    SurveyMapping read = Documents.read(golden, SurveyMapping.class);
    String written = Documents.write(read);
    if (!written.equals(golden)) {
      Files.writeString(Path.of("target", "survey-mapping.json"), written);
    }
    assertEquals(golden, written);
    assertEquals(sample().build(), read);
  }

  @Test
  void theSampleMappingIsStoredAsTheWriterWritesIt() {
    String stored = BundledExamples.sampleSurveyMappingText();
    assertEquals(stored, Documents.write(BundledExamples.sampleSurveyMapping()));
  }

  @Test
  void columnsUsedListsEveryHeadingTheImporterReads() {
    assertEquals(
        List.of("ID", "Member number", "Role", "Group", "Q1 notice", "Q1 why", "Q2 costs"),
        sample().build().columnsUsed());
  }

  @Test
  void wordsAreLookedUpIgnoringCaseAndOuterSpaces() {
    SurveyMapping mapping = sample().build();
    assertEquals(Optional.of(Answer.DONT_KNOW), mapping.answer("  NOT SURE "));
    assertEquals(Optional.of(Role.CARER_OR_FAMILY), mapping.role("carer"));
    assertEquals(Optional.empty(), mapping.answer("Not  sure"));
    assertEquals(Optional.empty(), mapping.role(""));
  }

  @Test
  void twoWordsThatDifferOnlyInCaseOrSpacesAreRejected() {
    assertRejected(
        b -> b.putAnswerWords(" yes", Answer.NO),
        "answerWords.Yes: is the same word as ' yes' once case, outer spaces and look-alike"
            + " characters are ignored");
  }

  @Test
  void aBlankWordIsRejected() {
    assertRejected(
        b -> b.putAnswerWords(" ", Answer.NOT_APPLICABLE),
        "answerWords: a blank word cannot be mapped: a blank cell is always left unanswered");
  }

  @Test
  void aColumnReadForTwoPurposesIsRejected() {
    assertRejected(
        b -> b.addItems(ItemColumn.builder().column(" role").itemId("venue-access").build()),
        "items[2].column: column 'role' is already read at roleColumn");
  }

  @Test
  void anItemAskedTwiceIsRejected() {
    assertRejected(
        b -> b.addItems(ItemColumn.builder().column("Q3").itemId("notice-given").build()),
        "items[2].itemId: duplicate id 'notice-given', already used at index 0 of this list");
  }

  @Test
  void aMappingWithNoQuestionsIsRejected() {
    assertRejected(b -> b.items(List.of()), "items: must name at least one question");
  }

  @Test
  void aMappingWithNoAnswerWordsIsRejected() {
    assertRejected(
        b -> b.answerWords(java.util.Map.of()), "answerWords: must give at least one word");
  }

  @Test
  void groupWordsWithoutAGroupColumnAreRejected() {
    assertRejected(
        b -> b.interestGroupColumn(Optional.empty()),
        "interestGroupWords: given, but no interestGroupColumn says where to read them");
  }

  @Test
  void withoutAGroupColumnEveryRoleNeedsAUsualGroup() {
    assertRejected(
        b ->
            b.interestGroupColumn(Optional.empty())
                .interestGroupWords(java.util.Map.of())
                .putRoleWords("Facilitator", Role.FACILITATOR),
        "roleWords.Facilitator: FACILITATOR may speak for any interest group; add an"
            + " interestGroupColumn to ask");
  }

  @Test
  void theStrictReaderRefusesAnAnswerThatIsNotOnTheScale() {
    String json = Documents.write(sample().build()).replace("\"DONT_KNOW\"", "\"MAYBE\"");
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> Documents.read(json, SurveyMapping.class));
    assertEquals(
        "answerWords.Not sure: must be one of YES, PARTLY, NO, DONT_KNOW or NOT_APPLICABLE",
        e.getMessage());
  }

  private static void assertRejected(Consumer<SurveyMapping.Builder> change, String message) {
    SurveyMapping.Builder builder = sample();
    change.accept(builder);
    CoProductionException e = assertThrows(CoProductionException.class, builder::build);
    assertEquals(message, e.getMessage());
  }
}
