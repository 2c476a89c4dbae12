package org.coproduction.report.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ChecklistRef;
import org.coproduction.checklist.ItemResponse;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Role;
import org.coproduction.report.BundledExamples;
import org.coproduction.report.Evaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurveyImporterTest {
  private static final String HEADER = "ID,Member number,Role,Group,Q1 notice,Q1 why,Q2 costs\n";
  private static final Checklist CHECKLIST = BuiltInChecklist.get();
  private static final String FROM_TEXT = " (the export: CSV, separated by commas, 1 header row)";
  private static final String FIX_ANSWER =
      "; correct the cell, add the word to the mapping's answerWords, or set its unknownAnswers to"
          + " TREAT_AS_MISSING";
  private static final String FIX_WORD = "; correct the cell, or add the word to the mapping";

  private static SurveyImport read(String csv) {
    return SurveyImporter.read(
        new StringReader(csv), SurveyMappingTest.sample().build(), CHECKLIST);
  }

  private static List<String> messages(SurveyImport result) {
    return result.problems().stream().map(RowProblem::message).toList();
  }

  @Test
  void goodRowsBecomeResponseSets() {
    SurveyImport result =
        read(HEADER + "R1,m01,Member,Members,Yes,,No\nR2,,Carer,Carers,Partly,Two days' notice,\n");
    assertEquals("2 rows read: 2 imported, 0 skipped" + FROM_TEXT, result.summary());
    assertEquals(List.of(), result.problems());
    assertEquals(
        ResponseSet.builder()
            .id("R1")
            .checklist(ChecklistRef.of("coproduction-police", "1.0"))
            .initiativeId("club")
            .reviewRoundId("y1")
            .raterRole(Role.PERSON_WHO_USES_SERVICES)
            .raterInterestGroup(InterestGroup.PEOPLE_WHO_USE_SERVICES)
            .participantId("m01")
            .addAnswers(
                ItemResponse.of("notice-given", Answer.YES),
                ItemResponse.of("expenses-and-fees", Answer.NO))
            .build(),
        result.responses().get(0));
    ResponseSet second = result.responses().get(1);
    assertEquals(Optional.empty(), second.participantId());
    assertEquals(
        List.of(
            ItemResponse.builder()
                .itemId("notice-given")
                .answer(Answer.PARTLY)
                .comment("Two days' notice")
                .build()),
        second.answers());
  }

  @Test
  void wordsAndHeadingsMatchIgnoringCaseAndOuterSpaces() {
    SurveyImport result =
        read(
            " id , MEMBER NUMBER,role,Group,q1 notice,Q1 Why,Q2 costs\n"
                + "R1,  m01 , member ,  MEMBERS,  yes ,,NOT SURE\n");
    assertEquals(List.of(), result.problems());
    ResponseSet set = result.responses().get(0);
    assertEquals(Optional.of("m01"), set.participantId());
    assertEquals(Answer.DONT_KNOW, set.answers().get(1).answer());
  }

  @Test
  void quotedCellsMayHoldCommasQuotesAndLineBreaks() {
    SurveyImport result =
        read(
            HEADER
                + "R1,m01,Member,Members,No,\"Late, again; \"\"two days\"\" notice\nand no lunch\",Yes\n"
                + "R2,m02,Staff,Working,Yes,,Maybe\n");
    assertEquals(
        Optional.of("Late, again; \"two days\" notice\nand no lunch"),
        result.responses().get(0).answers().get(0).comment());
    // The line break inside a quoted cell does not start a new row.
    assertEquals(
        List.of(
            "row 3, column 'Q2 costs': is not one of the mapping's answer words (N/A, No, Not sure,"
                + " Partly, Yes)"
                + FIX_ANSWER),
        messages(result));
  }

  @Test
  void aByteOrderMarkBeforeTheHeaderIsIgnored() {
    assertEquals(1, read("\uFEFF" + HEADER + "R1,m01,Member,Members,Yes,,Yes\n").imported());
  }

  @Test
  void blankLinesAreNotRespondentsButKeepTheirPlaceInTheRowCount() {
    SurveyImport result =
        read(HEADER + "R1,m01,Member,Members,Yes,,Yes\n\n,,,,,,\nR2,m02,Boss,Running,Yes,,Yes\n");
    assertEquals("2 rows read: 1 imported, 1 skipped" + FROM_TEXT, result.summary());
    assertEquals(
        List.of(
            "row 5, column 'Role': is not one of the mapping's role words (Carer, Manager, Member,"
                + " Neighbour, Staff)"
                + FIX_WORD),
        messages(result));
  }

  @Test
  void anUnknownAnswerWordSkipsTheRowWithoutRepeatingIt() {
    SurveyImport result =
        read(HEADER + "R1,m01,Member,Members,\"Sometimes, when I phoned\",,Yes\n");
    assertEquals(0, result.imported());
    assertEquals(1, result.skipped());
    RowProblem problem = result.problems().get(0);
    assertEquals(2, problem.row());
    assertEquals(Optional.of("Q1 notice"), problem.column());
    assertFalse(problem.message().contains("phoned"));
  }

  @Test
  void anUnknownRoleOrGroupWordIsReportedWithoutRepeatingIt() {
    SurveyImport result = read(HEADER + "R1,m01,My mum's carer,Friends,Yes,,Yes\n");
    assertEquals(
        List.of(
            "row 2, column 'Role': is not one of the mapping's role words (Carer, Manager, Member,"
                + " Neighbour, Staff)"
                + FIX_WORD,
            "row 2, column 'Group': is not one of the mapping's interest group words (Carers,"
                + " Members, Public, Running, Working)"
                + FIX_WORD),
        messages(result));
  }

  @Test
  void aRowWithMissingCellsIsSkippedNamingTheFirstMissingColumn() {
    SurveyImport result = read(HEADER + "R1,m01,Member\nR2,m02,Member,Members,Yes,,Yes\n");
    assertEquals("2 rows read: 1 imported, 1 skipped" + FROM_TEXT, result.summary());
    assertEquals(
        List.of(
            "row 2, column 'Group': the row ends after 3 cells, but the header has 7 columns;"
                + " this and later cells are missing"),
        messages(result));
  }

  @Test
  void aRowWithExtraCellsIsSkippedUnlessTheyAreBlank() {
    SurveyImport result =
        read(
            HEADER
                + "R1,m01,Member,Members,Yes,late, again,Yes\nR2,m02,Member,Members,Yes,,Yes,,\n");
    assertEquals(List.of("R2"), result.responses().stream().map(ResponseSet::id).toList());
    assertEquals(
        List.of(
            "row 2: the row has 8 cells, but the header has only 7 columns; a comma may be missing"
                + " its quotes"),
        messages(result));
  }

  @Test
  void aMalformedParticipantIdIsReportedWithoutRepeatingIt() {
    SurveyImport result = read(HEADER + "R1,Ann Smith,Member,Members,Yes,,Yes\n");
    assertEquals(
        List.of(
            "row 2, column 'Member number': is not a well-formed participant id (1 to 64 letters,"
                + " digits, '.', '_' or '-'); leave it blank to answer anonymously"),
        messages(result));
  }

  @Test
  void aParticipantAnswersOnlyOnce() {
    SurveyImport result =
        read(HEADER + "R1,m01,Member,Members,Yes,,Yes\nR2,m01,Member,Members,No,,No\n");
    assertEquals(
        List.of("row 3, column 'Member number': participant 'm01' already answered at row 2"),
        messages(result));
  }

  @Test
  void responseIdsMustBePresentWellFormedAndDistinct() {
    SurveyImport result =
        read(
            HEADER
                + "R1,,Member,Members,Yes,,Yes\n"
                + ",,Member,Members,Yes,,Yes\n"
                + "R 3,,Member,Members,Yes,,Yes\n"
                + "R1,,Member,Members,Yes,,Yes\n");
    assertEquals(
        List.of(
            "row 3, column 'ID': is blank, but every response needs an id; fill it in, or leave the"
                + " mapping's responseIdColumn out to name responses by row",
            "row 4, column 'ID': is not a well-formed id: 1 to 64 letters, digits, '.', '_' or '-',"
                + " starting with a letter or digit",
            "row 5, column 'ID': response id 'R1' is already used at row 2"),
        messages(result));
  }

  @Test
  void aRowThatAnswersNothingIsSkipped() {
    SurveyImport result = read(HEADER + "R1,m01,Member,Members,,A comment only,\n");
    assertEquals(
        List.of(
            "row 2: answers none of the checklist questions the mapping reads; check that this"
                + " row is a respondent and not a further header row"),
        messages(result));
  }

  @Test
  void aBlankRoleIsReported() {
    SurveyImport result = read(HEADER + "R1,m01, ,Members,Yes,,\n");
    assertEquals(
        List.of("row 2, column 'Role': is blank, but every respondent needs a role"),
        messages(result));
  }

  @Test
  void withoutAGroupColumnTheRolesUsualGroupIsUsed() {
    SurveyMapping mapping =
        SurveyMappingTest.sample()
            .interestGroupColumn(Optional.empty())
            .interestGroupWords(java.util.Map.of())
            .build();
    SurveyImport result =
        SurveyImporter.read(
            new StringReader(HEADER + "R1,,Neighbour,ignored,Yes,,\n"), mapping, CHECKLIST);
    assertEquals(
        InterestGroup.MEMBERS_OF_THE_PUBLIC, result.responses().get(0).raterInterestGroup());
  }

  @Test
  void aHeaderLackingMappedColumnsStopsTheImportWithOneMessage() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () -> read("ID,Member number,Role,Q1 notice,Q1 why\nR1\n"));
    assertEquals(
        "the export, header row 1: the export has no column headed 'Group', 'Q2 costs', which the"
            + " mapping reads; check the mapping's headings against the export's header row 1, and"
            + " if the export has more than one header row, give the mapping a preset or"
            + " headerRows",
        e.getMessage());
  }

  @Test
  void aHeaderWithAMappedColumnTwiceStopsTheImport() {
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> read(HEADER.strip() + ",role\n"));
    assertEquals(
        "the export, header row 1: the export has two columns headed 'Role' (columns 3 and 8),"
            + " so the mapping cannot tell which to read; rename one of them in the export or the"
            + " survey",
        e.getMessage());
  }

  @Test
  void anEmptyExportStopsTheImport() {
    CoProductionException e = assertThrows(CoProductionException.class, () -> read(""));
    assertEquals("the export: the export is empty: it has no header row", e.getMessage());
  }

  @Test
  void aHeaderWithBrokenQuotingStopsTheImport() {
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> read("ID,\"Role,Group\n"));
    assertEquals(
        "the export, header row 1: the header row cannot be read as CSV: a quoted heading is never"
            + " closed, or a quote is misplaced; open the file in a spreadsheet and save it as CSV"
            + " again",
        e.getMessage());
  }

  @Test
  void brokenQuotingKeepsTheRowsBeforeItAndReportsWhereItBroke() {
    SurveyImport result =
        read(
            HEADER
                + "R1,m01,Member,Members,Yes,,Yes\nR2,m02,Member,Members,Yes,\"never closed,Yes\n");
    assertEquals("2 rows read: 1 imported, 1 skipped" + FROM_TEXT, result.summary());
    assertEquals(
        List.of(
            "row 3: the CSV quoting breaks here (a quoted cell is never closed, or a quote is"
                + " misplaced), so this row and any after it cannot be read; correct the quotes in"
                + " this row and import again"),
        messages(result));
  }

  @Test
  void aMappingForAnotherChecklistIsRefused() {
    SurveyMapping mapping =
        SurveyMappingTest.sample().checklist(ChecklistRef.of("coproduction-police", "0.9")).build();
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () -> SurveyImporter.read(new StringReader(HEADER), mapping, CHECKLIST));
    assertEquals(
        "checklist: the mapping is for checklist coproduction-police 0.9, but the answers are to be"
            + " read against coproduction-police 1.0",
        e.getMessage());
  }

  @Test
  void aMappingNamingAnItemTheChecklistLacksIsRefused() {
    SurveyMapping mapping =
        SurveyMappingTest.sample()
            .addItems(ItemColumn.builder().column("Q3").itemId("free-parking").build())
            .build();
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () -> SurveyImporter.read(new StringReader(HEADER), mapping, CHECKLIST));
    assertEquals(
        "items[2].itemId: no item 'free-parking' in checklist coproduction-police 1.0",
        e.getMessage());
  }

  @Test
  void theCallersReaderIsLeftOpen() throws IOException {
    boolean[] closed = {false};
    Reader reader =
        new StringReader(HEADER + "R1,m01,Member,Members,Yes,,Yes\n") {
          @Override
          public void close() {
            closed[0] = true;
            super.close();
          }
        };
    SurveyImporter.read(reader, SurveyMappingTest.sample().build(), CHECKLIST);
    assertFalse(closed[0]);
  }

  @Test
  void aFileIsReadAsUtf8WithItsByteOrderMark(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("export.csv");
    Files.write(
        file,
        ("\uFEFF" + HEADER + "R1,m01,Member,Members,Yes,Café ✓,Yes\r\n")
            .getBytes(StandardCharsets.UTF_8));
    SurveyImport result = SurveyImporter.read(file, SurveyMappingTest.sample().build(), CHECKLIST);
    assertEquals(Optional.of("Café ✓"), result.responses().get(0).answers().get(0).comment());
  }

  @Test
  void theSampleExportImportsTwelveOfFourteenRespondents() {
    SurveyImport result =
        SurveyImporter.read(
            new StringReader(BundledExamples.sampleSurveyExport()),
            BundledExamples.sampleSurveyMapping(),
            CHECKLIST);
    assertEquals("14 rows read: 12 imported, 2 skipped" + FROM_TEXT, result.summary());
    assertEquals(
        List.of(
            "row 12, column 'Which of these best describes you?': is not one of the mapping's role"
                + " words (I am a nurse or other professional, I care for someone who comes to the"
                + " club, I fund or buy places at the club, I live nearby, I live with dementia, I"
                + " run the club, I volunteer at the club, I work with the club for another"
                + " service)"
                + FIX_WORD,
            "row 13, column 'Could what members said still change what happened?': is not one of"
                + " the mapping's answer words (Does not apply, Don't know, No, Partly, Yes)"
                + FIX_ANSWER),
        messages(result));
    assertTrue(
        result.responses().get(2).answers().stream()
            .anyMatch(a -> a.comment().orElse("").contains("\n")));
  }

  @Test
  void theSampleExportsAnswersFitTheDementiaClubExample() {
    SurveyImport result =
        SurveyImporter.read(
            new StringReader(BundledExamples.sampleSurveyExport()),
            BundledExamples.sampleSurveyMapping(),
            CHECKLIST);
    Evaluation club = BundledExamples.load("dementia-club");
    Evaluation surveyed = Evaluation.builder().from(club).responses(result.responses()).build();
    assertEquals(12, surveyed.responsesInRound("review-2025").size());
  }
}
