package org.coproduction.report.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ChecklistItem;
import org.coproduction.checklist.ItemResponse;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.checklist.Severity;
import org.coproduction.core.Documents;
import org.coproduction.core.Source;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Role;
import org.coproduction.core.practice.JigsawArea;
import org.coproduction.report.survey.SurveyImport;
import org.coproduction.report.survey.SurveyImporter;
import org.coproduction.scoring.ScoreReport;
import org.coproduction.scoring.Scoring;
import org.coproduction.scoring.ScoringSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Fills the questionnaire in a real browser as a rater would, saves it, and reads the saved files
 * back with the library: the JSON with {@code Documents.read}, the CSV with the survey importer and
 * the template's mapping. axe-core checks the page in the same browser.
 */
class QuestionnaireBrowserTest {
  /** One rater's answers, so every answer counts. */
  private static final ScoringSettings ONE_RATER =
      ScoringSettings.builder().minimumRaters(1).minimumGroupSize(1).build();

  private static final QuestionnaireSettings ROUND_2 =
      QuestionnaireSettings.of("day-centre-redesign", Optional.of("round-2"));

  @Test
  void answersGivenWithMouseAndKeyboardAreSavedAsAResponseSetThatScores(@TempDir Path work)
      throws Exception {
    Checklist checklist = BuiltInChecklist.get();
    Path downloads = Files.createDirectories(work.resolve("downloads"));
    ChromeDriver driver = BrowserDriver.start(work, downloads);
    try {
      open(driver, work, QuestionnaireHtml.render(checklist, ROUND_2), "");
      click(driver, "label[for='role-1']"); // a carer or family member
      click(driver, "label[for='group-1']"); // family and friends who care
      driver.findElement(By.id("participant")).sendKeys("carer-07");
      click(driver, "label[for='q1-0']"); // yes
      driver.findElement(By.id("q2-2")).sendKeys(Keys.SPACE); // no, by keyboard
      driver.findElement(By.id("comment-2")).sendKeys("Two days' notice, \"again\", with no lunch");
      click(driver, "label[for='q3-3']"); // don't know
      click(driver, "#save");
      click(driver, "#download-json");
      click(driver, "#download-csv");

      ResponseSet saved = Documents.read(download(downloads, ".json"), ResponseSet.class);
      saved.validateAgainst(checklist);
      assertEquals("day-centre-redesign", saved.initiativeId());
      assertEquals(Optional.of("round-2"), saved.reviewRoundId());
      assertEquals(Role.CARER_OR_FAMILY, saved.raterRole());
      assertEquals(InterestGroup.FAMILY_AND_FRIENDS_WHO_CARE, saved.raterInterestGroup());
      assertEquals(Optional.of("carer-07"), saved.participantId());
      List<String> ids = checklist.itemIds();
      assertEquals(
          List.of(
              ItemResponse.of(ids.get(0), Answer.YES),
              ItemResponse.builder()
                  .itemId(ids.get(1))
                  .answer(Answer.NO)
                  .comment("Two days' notice, \"again\", with no lunch")
                  .build(),
              ItemResponse.of(ids.get(2), Answer.DONT_KNOW)),
          saved.answers());

      ScoreReport report = Scoring.score(checklist, List.of(saved), List.of(), ONE_RATER);
      assertEquals(1, report.raters());
      double yes = report.item(ids.get(0)).orElseThrow().value().orElseThrow();
      double no = report.item(ids.get(1)).orElseThrow().value().orElseThrow();
      assertTrue(yes > no, "a yes scores above a no");
      assertTrue(report.item(ids.get(2)).orElseThrow().value().isEmpty(), "don't know is no score");

      SurveyImport fromCsv =
          SurveyImporter.read(
              Files.newBufferedReader(download(downloads, ".csv"), StandardCharsets.UTF_8),
              SurveyTemplate.of(checklist, ROUND_2).mapping(),
              checklist);
      assertEquals(List.of(), fromCsv.problems());
      assertEquals(List.of(saved), fromCsv.responses());
    } finally {
      driver.quit();
    }
  }

  @Test
  void answersOnTheAgreementAndProgressScalesAreSavedAsTheirCodesAndScore(@TempDir Path work)
      throws Exception {
    Checklist checklist = agreementChecklist();
    Path downloads = Files.createDirectories(work.resolve("downloads"));
    ChromeDriver driver = BrowserDriver.start(work, downloads);
    try {
      open(driver, work, QuestionnaireHtml.render(checklist, ROUND_2), "");
      assertEquals(
          "Strongly agree",
          driver.findElement(By.cssSelector("label[for='q1-4']")).getText().strip(),
          "the agreement scale's words are shown");
      assertEquals(
          "Embedded",
          driver.findElement(By.cssSelector("label[for='q3-3']")).getText().strip(),
          "the progress question shows its own scale");
      click(driver, "label[for='role-0']"); // a person who uses services
      click(driver, "label[for='group-0']");
      click(driver, "label[for='q1-4']"); // strongly agree
      driver.findElement(By.id("q2-1")).sendKeys(Keys.SPACE); // disagree, by keyboard
      driver.findElement(By.id("comment-2")).sendKeys("The lift was broken, again");
      click(driver, "label[for='q3-1']"); // started, on the progress scale
      click(driver, "#save");
      click(driver, "#download-json");
      click(driver, "#download-csv");

      ResponseSet saved = Documents.read(download(downloads, ".json"), ResponseSet.class);
      saved.validateAgainst(checklist);
      assertEquals(
          List.of(
              ItemResponse.of("notice", "STRONGLY_AGREE"),
              ItemResponse.builder()
                  .itemId("venue")
                  .answerCode("DISAGREE")
                  .comment("The lift was broken, again")
                  .build(),
              ItemResponse.of("plan", "STARTED")),
          saved.answers());

      ScoreReport report = Scoring.score(checklist, List.of(saved), List.of(), ONE_RATER);
      assertEquals(1, report.raters());
      assertEquals(100, report.item("notice").orElseThrow().value().orElseThrow(), 1e-9);
      assertEquals(25, report.item("venue").orElseThrow().value().orElseThrow(), 1e-9);
      assertEquals(33.3, report.item("plan").orElseThrow().value().orElseThrow(), 1e-9);

      SurveyImport fromCsv =
          SurveyImporter.read(
              Files.newBufferedReader(download(downloads, ".csv"), StandardCharsets.UTF_8),
              SurveyTemplate.of(checklist, ROUND_2).mapping(),
              checklist);
      assertEquals(List.of(), fromCsv.problems());
      assertEquals(List.of(saved), fromCsv.responses());
    } finally {
      driver.quit();
    }
  }

  @Test
  void easyReadShowsOneQuestionAtATimeAndSavesWithTheKeyboardAlone(@TempDir Path work)
      throws Exception {
    Checklist checklist = smallChecklist();
    ChromeDriver driver = BrowserDriver.start(work, Files.createDirectories(work.resolve("dl")));
    try {
      open(driver, work, QuestionnaireHtml.render(checklist, ROUND_2), "#easy-read");
      assertEquals(
          "true", driver.findElement(By.id("mode-toggle")).getDomAttribute("aria-pressed"));
      assertTrue(driver.findElement(By.id("step-about")).isDisplayed());
      assertFalse(driver.findElement(By.id("question-1")).isDisplayed(), "one step at a time");
      assertTrue(
          driver.findElement(By.cssSelector("#question-1 legend .easy")).getText().isEmpty(),
          "hidden steps show nothing");

      driver.findElement(By.id("role-0")).sendKeys(Keys.SPACE);
      assertEquals(
          "solid 4px",
          driver.executeScript(
              "var s = getComputedStyle(document.activeElement);"
                  + " return s.outlineStyle + ' ' + s.outlineWidth;"),
          "the focused choice has a visible outline");
      driver.findElement(By.id("group-0")).sendKeys(Keys.SPACE);
      driver.findElement(By.cssSelector("#step-about button.next")).sendKeys(Keys.ENTER);
      assertEquals("question-1", activeId(driver), "Next moves the focus to the next question");
      assertFalse(driver.findElement(By.id("step-about")).isDisplayed());
      assertEquals(
          "We get told about meetings in time. <b>Really</b>.",
          driver.findElement(By.cssSelector("#question-1 legend .easy")).getText());
      driver.findElement(By.id("q1-1")).sendKeys(Keys.SPACE); // partly
      driver.findElement(By.cssSelector("#question-1 button.next")).sendKeys(Keys.ENTER);
      driver.findElement(By.id("q2-4")).sendKeys(Keys.SPACE); // not applicable
      driver.findElement(By.cssSelector("#question-2 button.next")).sendKeys(Keys.ENTER);
      assertEquals("step-save", activeId(driver));
      driver.findElement(By.id("save")).sendKeys(Keys.ENTER);

      String text = driver.findElement(By.id("saved-json")).getDomProperty("value");
      ResponseSet saved = Documents.read(text, ResponseSet.class);
      saved.validateAgainst(checklist);
      assertEquals(Role.PERSON_WHO_USES_SERVICES, saved.raterRole());
      assertEquals(Optional.empty(), saved.participantId());
      assertEquals(
          List.of(
              ItemResponse.of("notice", Answer.PARTLY),
              ItemResponse.of("venue", Answer.NOT_APPLICABLE)),
          saved.answers());
      ScoreReport report = Scoring.score(checklist, List.of(saved), List.of(), ONE_RATER);
      assertEquals(1, report.raters());
      assertTrue(report.item("notice").orElseThrow().value().isPresent(), "partly is scored");
      assertTrue(report.item("venue").orElseThrow().value().isEmpty(), "not applicable is not");
    } finally {
      driver.quit();
    }
  }

  @Test
  void savingWithoutTheRequiredAnswersListsWhatIsMissingAndSavesNothing(@TempDir Path work)
      throws Exception {
    ChromeDriver driver = BrowserDriver.start(work, Files.createDirectories(work.resolve("dl")));
    try {
      open(driver, work, QuestionnaireHtml.render(smallChecklist(), ROUND_2), "");
      driver.findElement(By.id("participant")).sendKeys("Jo Bloggs");
      click(driver, "#save");
      assertEquals("errors", activeId(driver), "the focus goes to the list of problems");
      String problems = driver.findElement(By.id("errors")).getText();
      assertTrue(problems.contains("which of these best describes you"), problems);
      assertTrue(problems.contains("which group you speak for"), problems);
      assertTrue(problems.contains("participant code can only have letters"), problems);
      assertTrue(problems.contains("at least one question"), problems);
      assertFalse(driver.findElement(By.id("download-json")).isDisplayed());
      click(driver, "#errors li:first-child a");
      assertEquals("role-0", activeId(driver), "each problem links to its question");
      assertEquals(List.of(), axeViolations(driver));
    } finally {
      driver.quit();
    }
  }

  @Test
  void axeFindsNoViolationsInEitherModeOrOnThePrintPage(@TempDir Path work) throws Exception {
    ChromeDriver driver = BrowserDriver.start(work, Files.createDirectories(work.resolve("dl")));
    try {
      for (Checklist checklist :
          List.of(BuiltInChecklist.get(), smallChecklist(), agreementChecklist())) {
        String html = QuestionnaireHtml.render(checklist, ROUND_2);
        open(driver, work, html, "");
        assertEquals(List.of(), axeViolations(driver), checklist.id() + ", ordinary mode");
        click(driver, "#mode-toggle");
        assertEquals(List.of(), axeViolations(driver), checklist.id() + ", easy read, step 1");
        click(driver, "#step-about button.next");
        assertEquals(List.of(), axeViolations(driver), checklist.id() + ", easy read, question 1");
        open(driver, work, PrintableQuestionnaire.render(checklist, ROUND_2), "");
        assertEquals(List.of(), axeViolations(driver), checklist.id() + ", print page");
      }
    } finally {
      driver.quit();
    }
  }

  @Test
  void axeReportsAFieldWithoutALabel(@TempDir Path work) throws Exception {
    ChromeDriver driver = BrowserDriver.start(work, Files.createDirectories(work.resolve("dl")));
    try {
      open(
          driver,
          work,
          "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><main>"
              + "<input type=\"text\"></main></body></html>",
          "");
      List<String> violations = axeViolations(driver);
      assertTrue(violations.stream().anyMatch(v -> v.startsWith("label:")), violations.toString());
    } finally {
      driver.quit();
    }
  }

  @Test
  void thePageLoadsNothingAndLogsNoErrors(@TempDir Path work) throws Exception {
    ChromeDriver driver = BrowserDriver.start(work, Files.createDirectories(work.resolve("dl")));
    try {
      open(driver, work, QuestionnaireHtml.render(BuiltInChecklist.get(), ROUND_2), "");
      Object resources =
          driver.executeScript("return performance.getEntriesByType('resource').length");
      assertEquals(0L, resources, "the page fetched something");
      assertTrue(driver.findElement(By.id("mode-toggle")).isDisplayed(), "the script ran");
      click(driver, "#mode-toggle");
      assertFalse(driver.findElement(By.id("question-1")).isDisplayed(), "the script ran");
    } finally {
      driver.quit();
    }
  }

  static Checklist smallChecklist() {
    Source source = Source.of("police-post-2016", "The Co-production Police and accountability");
    return Checklist.builder()
        .id("our-checklist")
        .version("2")
        .title("Our own <checklist> & questions")
        .language("en-GB")
        .addItems(
            ChecklistItem.builder()
                .id("notice")
                .statement("We were given \"enough\" notice of meetings, <i>always</i>.")
                .easyRead("We get told about meetings in time. <b>Really</b>.")
                .area(JigsawArea.PRACTICE)
                .severity(Severity.SERIOUS)
                .weight(1)
                .recordBased(false)
                .addSources(source)
                .build(),
            ChecklistItem.builder()
                .id("venue")
                .statement("The venue suited everyone's physical and sensory access needs.")
                .easyRead("Everyone can get in and use the room.")
                .area(JigsawArea.PRACTICE)
                .severity(Severity.CRITICAL)
                .weight(2)
                .recordBased(false)
                .addSources(source)
                .build())
        .build();
  }

  /**
   * A checklist answered on the five-point agreement scale, with its last item asked on the
   * progress scale, as a council's own audit might be.
   */
  static Checklist agreementChecklist() {
    Checklist small = smallChecklist();
    Source source = Source.of("police-post-2016", "The Co-production Police and accountability");
    return Checklist.builder()
        .id("our-agreement-checklist")
        .version(small.version())
        .title("Our own audit, on agreement")
        .language(small.language())
        .addAllItems(small.items())
        .scaleId("agreement-5")
        .addItems(
            ChecklistItem.builder()
                .id("plan")
                .statement("We have a plan for sharing power with the people who use the service.")
                .easyRead("We have a plan to share power.")
                .area(JigsawArea.CULTURE)
                .severity(Severity.SERIOUS)
                .weight(1)
                .recordBased(false)
                .scaleId("progress-4")
                .addSources(source)
                .build())
        .build();
  }

  private static void open(WebDriver driver, Path work, String html, String fragment)
      throws IOException {
    Path page = Files.createTempFile(work, "questionnaire-", ".html");
    Files.writeString(page, html, StandardCharsets.UTF_8);
    driver.get(page.toUri() + fragment);
  }

  private static void click(WebDriver driver, String css) {
    driver.findElement(By.cssSelector(css)).click();
  }

  private static String activeId(ChromeDriver driver) {
    return (String) driver.executeScript("return document.activeElement.id");
  }

  @SuppressWarnings("unchecked")
  private static List<String> axeViolations(ChromeDriver driver) throws IOException {
    JavascriptExecutor js = driver;
    if (!Boolean.TRUE.equals(js.executeScript("return typeof axe !== 'undefined'"))) {
      js.executeScript(BrowserDriver.axe());
    }
    driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(2));
    Object result =
        js.executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "axe.run(document).then(function (r) {"
                + "  done(r.violations.map(function (v) {"
                + "    return v.id + ': ' + v.help + ' at ' + v.nodes.map(function (n) {"
                + "      return n.target.join(' '); }).join(', '); }));"
                + "}, function (e) { done(['axe failed: ' + e]); });");
    return (List<String>) result;
  }

  private static Path download(Path folder, String suffix) throws Exception {
    Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(giveUp)) {
      try (Stream<Path> files = Files.list(folder)) {
        Optional<Path> done = files.filter(f -> f.toString().endsWith(suffix)).findFirst();
        if (done.isPresent() && Files.size(done.get()) > 0) {
          return done.get();
        }
      }
      Thread.sleep(100);
    }
    fail("no " + suffix + " file was downloaded to " + folder);
    return folder;
  }
}
