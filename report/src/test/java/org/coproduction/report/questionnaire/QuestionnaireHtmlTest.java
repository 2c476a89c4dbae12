package org.coproduction.report.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.checklist.Checklist;
import org.coproduction.core.CoProductionException;
import org.junit.jupiter.api.Test;

class QuestionnaireHtmlTest {
  private static final QuestionnaireSettings SETTINGS =
      QuestionnaireSettings.of("day-centre-redesign", Optional.empty());

  @Test
  void textFromTheChecklistIsEscapedEverywhere() {
    Checklist checklist = QuestionnaireBrowserTest.smallChecklist();
    for (String page :
        List.of(
            QuestionnaireHtml.render(checklist, SETTINGS),
            PrintableQuestionnaire.render(checklist, SETTINGS))) {
      assertFalse(page.contains("<i>always"), "a statement's markup is shown as text");
      assertFalse(page.contains("<b>Really"), "an easy-read wording's markup is shown as text");
      assertFalse(page.contains("<checklist>"), "the title's markup is shown as text");
      assertTrue(page.contains("&lt;i&gt;always"));
    }
  }

  @Test
  void theFormMayRunOnlyItsOwnScriptAndStyleAndLoadNothing() {
    // The writer escapes the policy's quotes; the browser reads them back.
    String page = QuestionnaireHtml.render(BuiltInChecklist.get(), SETTINGS).replace("&#39;", "'");
    Matcher policy =
        Pattern.compile("Content-Security-Policy\" content=\"([^\"]*)\"").matcher(page);
    assertTrue(policy.find());
    assertTrue(policy.group(1).startsWith("default-src 'none'; style-src 'sha256-"));
    assertTrue(policy.group(1).contains("script-src 'sha256-"));
    assertFalse(page.contains("src=\""), "nothing is loaded from a file or the internet");
    assertFalse(page.contains("://"), "no address at all");
  }

  @Test
  void thePrintPageHasNoScript() {
    String page = PrintableQuestionnaire.render(BuiltInChecklist.get(), SETTINGS);
    assertTrue(page.contains("script-src &#39;none&#39;"));
    assertFalse(page.contains("<script"));
  }

  @Test
  void everyQuestionIsAFieldsetWithALegendAndOneRadioForEachAnswer() {
    Checklist checklist = BuiltInChecklist.get();
    String page = QuestionnaireHtml.render(checklist, SETTINGS);
    int questions = checklist.items().size();
    assertEquals(questions, count(page, "<fieldset class=\"step question\""));
    // Role and group, then one group of radios per question.
    assertEquals(questions + 2 + 1, count(page, "<legend>"));
    assertEquals(questions * Answer.values().length, count(page, "name=\"answer-"));
    for (int i = 1; i <= questions; i++) {
      assertTrue(page.contains("<label for=\"comment-" + i + "\">"));
    }
  }

  @Test
  void optionsFollowTheChecklistsAnswerScaleInOrder() {
    Checklist checklist = BuiltInChecklist.get();
    assertEquals(
        checklist.answerScale().stream().map(Answer::name).toList(),
        AnswerOptions.of(checklist, checklist.items().get(0)).stream()
            .map(AnswerOption::code)
            .toList());
  }

  @Test
  void theConfigurationCannotCloseItsScriptElement() {
    Checklist checklist = QuestionnaireBrowserTest.smallChecklist();
    String page =
        QuestionnaireHtml.render(
            checklist, QuestionnaireSettings.of("initiative", Optional.of("round-1")));
    String data =
        page.substring(
            page.indexOf("id=\"questionnaire-data\">"),
            page.indexOf("</script>", page.indexOf("id=\"questionnaire-data\">")));
    assertFalse(data.substring(1).contains("<"), data);
  }

  @Test
  void aLongInitiativeIdGivesASurveyIdOfAtMost64Characters() {
    String id = "a".repeat(64);
    assertEquals(64, QuestionnaireSettings.of(id, Optional.empty()).surveyId().length());
  }

  @Test
  void aBadInitiativeIdIsRefusedWithItsPath() {
    CoProductionException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            CoProductionException.class,
            () -> QuestionnaireSettings.of("not an id", Optional.empty()));
    assertTrue(e.getMessage().startsWith("initiativeId:"), e.getMessage());
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }
}
