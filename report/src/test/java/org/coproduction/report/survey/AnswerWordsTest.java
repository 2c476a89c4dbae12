package org.coproduction.report.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;
import org.coproduction.checklist.AnswerScales;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ItemResponse;
import org.junit.jupiter.api.Test;

/** Survey answers on a five-point agreement scale: by the scale's words or by number. */
class AnswerWordsTest {
  private static final String HEADER = "ID,Member number,Role,Group,Q1 notice,Q1 why,Q2 costs\n";

  /** The built-in items asked on the agreement scale. */
  private static final Checklist AGREEMENT =
      Checklist.builder()
          .from(BuiltInChecklist.get())
          .scaleId("agreement-5")
          .answerCodes(AnswerScales.AGREEMENT.codes())
          .build();

  private static SurveyImport read(String csv) {
    return SurveyImporter.read(
        new StringReader(csv), SurveyMappingTest.sample().build(), AGREEMENT);
  }

  @Test
  void labelsAndNumbersFromTheBottomBecomeTheScalesCodes() {
    SurveyImport result =
        read(
            HEADER
                + "R1,m01,Member,Members,strongly agree,,2\nR2,m02,Member,Members,5,,Don't know\n");
    assertEquals(List.of(), result.problems());
    assertEquals(
        List.of(
            ItemResponse.of("notice-given", "STRONGLY_AGREE"),
            ItemResponse.of("expenses-and-fees", "DISAGREE")),
        result.responses().get(0).answers());
    assertEquals(
        List.of(
            ItemResponse.of("notice-given", "STRONGLY_AGREE"),
            ItemResponse.of("expenses-and-fees", "DONT_KNOW")),
        result.responses().get(1).answers());
  }

  @Test
  void aNumberBeyondTheScaleIsAProblemThatNamesWhatMayBeWritten() {
    SurveyImport result = read(HEADER + "R1,m01,Member,Members,7,,\n");
    assertEquals(1, result.problems().size());
    assertEquals(
        "is not an answer on this question's scale (Strongly disagree, Disagree, Neither agree nor"
            + " disagree, Agree, Strongly agree, Don't know, Does not apply, or 1 to 5); correct the"
            + " cell, add the word to the mapping's answerWords, or set its unknownAnswers to"
            + " TREAT_AS_MISSING",
        result.problems().get(0).problem());
  }
}
