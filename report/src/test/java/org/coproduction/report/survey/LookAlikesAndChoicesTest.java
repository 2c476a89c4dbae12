package org.coproduction.report.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.checklist.ItemResponse;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Role;
import org.junit.jupiter.api.Test;

/**
 * Words and headings that look alike match; multi-select answers follow the mapping's rule;
 * scientific-notation ids are reported once; unknown answer words may count as missing.
 */
class LookAlikesAndChoicesTest {
  private static final String HEADER = "ID,Member number,Role,Group,Q1 notice,Q1 why,Q2 costs\n";

  private static SurveyImport read(SurveyMapping mapping, String csv) {
    return SurveyImporter.read(new StringReader(csv), mapping, BuiltInChecklist.get());
  }

  private static SurveyImport read(String csv) {
    return read(
        SurveyMappingTest.sample().putAnswerWords("Don't know", Answer.DONT_KNOW).build(), csv);
  }

  @Test
  void curlyQuotesNonBreakingSpacesDecomposedAccentsAndLineEndingsMatch() {
    SurveyMapping mapping =
        SurveyMappingTest.sample()
            .putAnswerWords("Don't know", Answer.DONT_KNOW)
            .putRoleWords("Café owner", Role.COMMUNITY_MEMBER)
            .addItems(
                ItemColumn.builder().column("Q3 venue\nand access").itemId("venue-access").build())
            .build();
    SurveyImport result =
        read(
            mapping,
            "ID,Member number,Role,Group\u00A0,Q1 notice,Q1 why,Q2 costs,\"Q3 venue\r\nand access\"\n"
                + "R1,,Cafe\u0301 owner,Public,Don\u2019t know,,Yes,No\n");
    assertEquals(List.of(), result.messages());
    assertEquals(Role.COMMUNITY_MEMBER, result.responses().get(0).raterRole());
    assertEquals(Answer.DONT_KNOW, result.responses().get(0).answers().get(0).answer());
  }

  @Test
  void aWordStillNotFoundSaysWhatDiffered() {
    SurveyImport result = read(HEADER + "R1,,Member,Members,Don\u02B9t know,,Yes\n");
    assertEquals(
        List.of(
            "row 2, column 'Q1 notice': is not one of the mapping's answer words (Don't know, N/A,"
                + " No, Not sure, Partly, Yes); it is nearest to 'Don't know', but its character 4"
                + " is '\u02B9' (U+02B9 MODIFIER LETTER PRIME) where the mapping has '''; correct the cell,"
                + " add the word to the mapping's answerWords, or set its unknownAnswers to"
                + " TREAT_AS_MISSING"),
        result.problems().stream().map(RowProblem::message).toList());
  }

  @Test
  void caseCountsWhenTheMappingSaysSo() {
    SurveyMapping mapping = SurveyMappingTest.sample().ignoreCase(false).build();
    SurveyImport result = read(mapping, HEADER + "R1,,Member,Members,YES,,Yes\n");
    assertEquals(
        "row 2, column 'Q1 notice': is not one of the mapping's answer words (N/A, No, Not sure,"
            + " Partly, Yes); it is nearest to 'Yes', but it differs only in capital letters, and"
            + " the mapping's ignoreCase is false; correct the cell, add the word to the mapping's"
            + " answerWords, or set its unknownAnswers to TREAT_AS_MISSING",
        result.problems().get(0).message());
  }

  @Test
  void aMissingHeadingSaysWhereTheNearestDiffers() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () -> read("ID,Member number,Role,Group,Q1 notise,Q1 why,Q2 costs\n"));
    assertEquals(
        "the export, header row 1: the export has no column headed 'Q1 notice', which the mapping"
            + " reads; 'Q1 notice' is nearest to column 5 headed 'Q1 notise', but its character 8"
            + " is 's' where the mapping has 'c'; check the mapping's headings against the export's"
            + " header row 1, and if the export has more than one header row, give the mapping a"
            + " preset or headerRows",
        e.getMessage());
  }

  @Test
  void severalTickedGroupsAreRefusedByDefaultAndTheAnswersKept() {
    SurveyImport result = read(HEADER + "R1,,Member,\"Members, Carers\",Yes,,No\n");
    assertEquals(0, result.imported());
    assertEquals(
        "row 2, column 'Group': ticks 2 interest groups (PEOPLE_WHO_USE_SERVICES,"
            + " FAMILY_AND_FRIENDS_WHO_CARE), but each respondent is counted for one; their answers"
            + " are kept in the import's held-back respondents. Ask which one they speak for and"
            + " leave only that in the export, or set the mapping's multipleChoices to FIRST or"
            + " FIRST_IN_LIST_ORDER",
        result.problems().get(0).message());
    HeldBackRespondent held = result.heldBack().get(0);
    assertEquals(2, held.row());
    assertEquals(
        List.of(InterestGroup.PEOPLE_WHO_USE_SERVICES, InterestGroup.FAMILY_AND_FRIENDS_WHO_CARE),
        held.interestGroups());
    assertEquals(
        List.of(
            ItemResponse.of("notice-given", Answer.YES),
            ItemResponse.of("expenses-and-fees", Answer.NO)),
        held.answers());
  }

  @Test
  void theMappingMayTakeTheFirstTickedOrTheFirstInListOrder() {
    String csv = HEADER + "R1,,Member,\"Carers, Members\",Yes,,No\n";
    SurveyImport first =
        read(SurveyMappingTest.sample().multipleChoices(MultipleChoiceRule.FIRST).build(), csv);
    assertEquals(
        InterestGroup.FAMILY_AND_FRIENDS_WHO_CARE, first.responses().get(0).raterInterestGroup());
    SurveyImport listed =
        read(
            SurveyMappingTest.sample()
                .multipleChoices(MultipleChoiceRule.FIRST_IN_LIST_ORDER)
                .build(),
            csv);
    assertEquals(
        InterestGroup.PEOPLE_WHO_USE_SERVICES, listed.responses().get(0).raterInterestGroup());
    assertEquals(1, listed.notes().size());
  }

  @Test
  void idsInScientificNotationAreReportedOnceWithTheFix() {
    SurveyImport result =
        read(
            HEADER
                + "1.1888E+11,,Member,Members,Yes,,No\n"
                + "1.1888E+11,,Carer,Carers,Yes,,No\n"
                + "1.1889E+11,,Staff,Working,No,,No\n");
    assertEquals(3, result.imported());
    assertEquals(List.of(), result.problems());
    assertEquals(
        List.of("row-2", "row-3", "row-4"), result.responses().stream().map(r -> r.id()).toList());
    assertEquals(
        List.of(
            "the export: column 'ID': 3 ids are numbers in scientific notation (such as"
                + " 1.1888E+11), as a spreadsheet shows long numbers; their last digits are lost,"
                + " so these responses are named by their row instead. To keep the ids, import the"
                + " survey tool's own export, or format the column as Text in the spreadsheet"
                + " before pasting or opening the data, and save again"),
        result.messages());
  }

  @Test
  void anUnknownAnswerWordMayCountAsMissing() {
    SurveyMapping mapping =
        SurveyMappingTest.sample().unknownAnswers(UnknownAnswerRule.TREAT_AS_MISSING).build();
    SurveyImport result = read(mapping, HEADER + "R1,,Member,Members,Maybe,,No\n");
    assertEquals(1, result.imported());
    assertEquals(
        List.of(ItemResponse.of("expenses-and-fees", Answer.NO)),
        result.responses().get(0).answers());
    assertEquals(
        "row 2, column 'Q1 notice': is not one of the mapping's answer words (N/A, No, Not sure,"
            + " Partly, Yes); counted as not answered, as the mapping's unknownAnswers says",
        result.notes().get(0).message());
    assertEquals(Optional.empty(), result.responses().get(0).participantId());
  }

  @Test
  void aPresetAndHeaderRowsTogetherAreRefused() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () -> SurveyMappingTest.sample().preset(SurveyTool.QUALTRICS).headerRows(2).build());
    assertEquals(
        "preset: gives the header rows of QUALTRICS's exports; leave out headerRows and headingRow,"
            + " or the preset",
        e.getMessage());
  }

  @Test
  void explicitHeaderRowsSkipTheRowsAboveTheHeadings() {
    SurveyMapping mapping = SurveyMappingTest.sample().headerRows(3).headingRow(2).build();
    SurveyImport result =
        read(mapping, "a,b,c,d,e,f,g\n" + HEADER + "x,x,x,x,x,x,x\nR1,,Member,Members,Yes,,No\n");
    assertEquals(List.of(), result.messages());
    assertEquals(1, result.imported());
  }
}
