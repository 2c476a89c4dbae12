package org.coproduction.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coproduction.core.Documents;
import org.coproduction.report.Evaluation;
import org.coproduction.report.EvaluationReport;
import org.coproduction.report.Evaluator;
import org.coproduction.report.ReportFormat;
import org.coproduction.scoring.AreaScore;
import org.coproduction.scoring.Band;
import org.coproduction.scoring.trend.Direction;
import org.coproduction.scoring.trend.ItemTrend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the {@code evaluate} command in-process on every bundled example and checks that each report
 * shows what its example exists to show, that every format runs cleanly, and that every user error
 * gives its exit code and a one-line message, never a stack trace.
 */
class EvaluateTest {
  static List<String> examples() {
    return Examples.names();
  }

  static List<Arguments> examplesAndFormats() {
    List<Arguments> cases = new ArrayList<>();
    for (String name : Examples.names()) {
      for (String format : ReportFormat.names()) {
        cases.add(Arguments.of(name, format));
      }
    }
    return cases;
  }

  private static EvaluationReport jsonReport(String example) {
    CommandRun run = CommandRun.of("--example", example, "--format", "json");
    assertEquals(0, run.code(), run.err());
    return Documents.read(run.out(), EvaluationReport.class);
  }

  // Clean runs

  @Test
  void withNoArgumentsItPrintsTheTextReportOfTheFirstBundledExample() {
    CommandRun run = CommandRun.of();
    assertEquals(0, run.code(), run.err());
    assertEquals("", run.err());
    String title = Examples.load(Examples.names().get(0)).title();
    assertTrue(run.out().startsWith(title + "\n" + "=".repeat(title.length()) + "\n"), run.out());
    assertTrue(run.out().contains("\n1. Red flags: read these first\n"));
    assertEquals(CommandRun.of("--example", "dementia-club").out(), run.out());
  }

  @ParameterizedTest
  @MethodSource("examplesAndFormats")
  void everyExampleRunsCleanlyInEveryFormat(String example, String format) {
    CommandRun run = CommandRun.of("--example", example, "--format", format);
    assertEquals(0, run.code(), run.err());
    assertEquals("", run.err());
    assertFalse(run.out().isBlank());
    assertTrue(run.out().endsWith("\n"));
  }

  // The report module's golden files pin these texts; the command must print them unchanged.
  @ParameterizedTest
  @MethodSource("examplesAndFormats")
  void theCommandPrintsExactlyTheReportTheFormatRenders(String example, String format) {
    Evaluation evaluation = Examples.load(example);
    String rendered =
        ReportFormat.byName(format)
            .orElseThrow()
            .render(Evaluator.evaluate(evaluation), evaluation.checklistInUse());
    assertEquals(rendered, CommandRun.of("--example", example, "--format", format).out());
  }

  @ParameterizedTest
  @MethodSource("examples")
  void jsonIsTheEvaluationReportDocumentItself(String example) {
    assertEquals(Evaluator.evaluate(Examples.load(example)), jsonReport(example));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void theTextReportHasShortLinesAndNoTerminalCodes(String example) {
    String text = CommandRun.of("--example", example).out();
    for (String line : text.split("\n")) {
      assertTrue(line.length() <= 78, example + ": line too long: " + line);
      assertEquals(line.stripTrailing(), line, example + ": trailing space: " + line);
    }
    assertFalse(text.contains("\u001b"), "an escape code");
  }

  @ParameterizedTest
  @MethodSource("examples")
  void theTextReportHasItsSectionsInReadingOrder(String example) {
    String text = CommandRun.of("--example", example).out();
    List<String> headings =
        List.of(
            "1. Red flags: read these first",
            "2. Overall score",
            "3. Principles",
            "4. The jigsaw of change",
            "5. Scores by interest group",
            "6. People who use services and carers, and providers",
            "7. Signs of tokenism",
            "8. Do raters agree?",
            "9. What the records say",
            "10. The ladder of co-production",
            "11. Fairness of reward",
            "12. Representation",
            "13. In their own words",
            "14. You said, we did, or why not");
    int at = 0;
    for (String heading : headings) {
      int next = text.indexOf("\n" + heading + "\n" + "-".repeat(heading.length()) + "\n", at);
      assertTrue(next > at, example + ": " + heading + " missing or out of order");
      at = next;
    }
    assertEquals(
        example.equals("opportunities-fair"), text.contains("\n15. Change between rounds\n"));
  }

  // What each example exists to show

  @Test
  void practisingWhatTheyPreachMakesTheTokenismPlain() {
    EvaluationReport report = jsonReport("practising-what-they-preach");
    assertEquals(19, report.latest().tokenism().size());
    assertEquals(72.9, report.latest().overall().byGroup().gap().orElseThrow());
    assertEquals(4, report.ladder().overClaimedStages().size());
    // ideas-shape-result is flagged by the records too: none of the suggestions was taken up.
    assertEquals(18, report.latest().redFlags().size());

    CommandRun run = CommandRun.of("--example", "practising-what-they-preach");
    String text = run.flatOut();
    assertTrue(
        text.contains(
            "19 items are scored 75 or more by the provider side but 50 or less by people who use"
                + " services and carers."),
        text);
    assertTrue(
        text.contains(
            "- ideas-shape-result: provider side 100.0, people who use services and carers 0.0: a"
                + " gap of 100.0 points"));
    assertTrue(text.contains("people who use services and carers 12.5 ###................. 7"));
    assertTrue(text.contains("providers 85.4 #################... 7"));
    assertTrue(
        text.contains(
            "The provider side scores this 72.9 points higher than people who use services and"
                + " carers."));
    assertTrue(
        text.contains(
            "4 stages claim a higher rung than the records support: co-design, co-decision on"
                + " resources, co-delivery and co-evaluation."));
    // Seven people got nothing back; the report counts them and names nobody.
    assertTrue(text.contains("7 people gave time and got nothing back of any kind."), text);
    // The red flags open the report, most severe first.
    assertTrue(text.contains("18 items are flagged, most severe first."));
    int first = text.indexOf("1. involved-from-start (critical, structure)");
    int second = text.indexOf("2. expenses-and-fees (critical, structure)");
    assertTrue(first > 0 && second > first && second < text.indexOf("2. Overall score"), text);
  }

  @Test
  void careLeaversShowsTheYoungPeopleUnpaidWhileEveryoneElseWasPaid() {
    EvaluationReport report = jsonReport("care-leavers");
    // Five young people unpaid and two carers paid less per hour: counted, and named nowhere.
    assertEquals(Optional.of(7), report.fairness().orElseThrow().peoplePaidLess());
    assertEquals(List.of(), report.fairness().orElseThrow().payGaps());

    String text = CommandRun.of("--example", "care-leavers").flatOut();
    assertTrue(
        text.contains(
            "7 people who use services or care were paid less than professionals, or not at"
                + " all."),
        text);
    // Two people are owed money and one got nothing back: fewer than 3, so no number is given.
    assertTrue(
        text.contains(
            "Some people are out of pocket, with expenses claimed and not yet paid back."));
    assertTrue(text.contains("Some people gave time and got nothing back of any kind."));
    for (String id : List.of("y01", "y02", "y03", "y04", "y05", "f01")) {
      assertFalse(text.contains(id), id);
    }
    assertTrue(text.contains("people who use services 5 137 0.00 0.00"));
    assertTrue(text.contains("people who work in services 4 147 5915.00 40.24"));
    assertTrue(
        text.contains("Return inequality: 0.635. Gini coefficient of value returned per hour"));
    // The other failings the example is about: office hours and travel.
    assertTrue(text.contains("4. convenient-times (serious, practice)"));
    assertTrue(text.contains("3. venue-access (critical, practice)"));
  }

  @Test
  void opportunitiesFairShowsTheImprovementBetweenRounds() {
    EvaluationReport report = jsonReport("opportunities-fair");
    assertEquals(2, report.rounds().size());
    assertEquals(Direction.BETTER, report.trend().orElseThrow().overall().direction());
    assertEquals(43.3, report.trend().orElseThrow().overall().change().orElseThrow());
    assertEquals(
        0,
        report.trend().orElseThrow().items().stream()
            .map(ItemTrend::score)
            .filter(s -> s.direction() == Direction.WORSE)
            .count());

    String text = CommandRun.of("--example", "opportunities-fair").flatOut();
    assertTrue(
        text.contains("Since review round fair-2024: Better: up from 47.4 to 90.7 (+43.3 points)."),
        text);
    assertTrue(text.contains("Overall: Better: up from 47.4 to 90.7 (+43.3 points)."));
    assertTrue(
        text.contains(
            "29 items better, 0 worse, 6 unchanged and 1 not comparable; 0 new red flags, 17"
                + " resolved and 1 still flagged."));
    assertTrue(text.contains("involved-from-start 8.3 83.3 +75.0"));
    // Each round is judged on its own records: the second year clears the records flags the
    // first year earned; the fee flag it keeps comes from its own meetings, which offered none.
    assertTrue(text.contains("Still flagged (1): expenses-and-fees."));
    assertTrue(text.contains("involved-from-start no, then yes; expenses-and-fees no, then no"));
    List<String> secondYearFeeEvidence =
        report
            .latest()
            .redFlag("expenses-and-fees")
            .orElseThrow()
            .record()
            .orElseThrow()
            .evidence()
            .stream()
            .map(e -> e.ref())
            .toList();
    assertTrue(secondYearFeeEvidence.stream().allMatch(ref -> ref.startsWith("y2-")));
  }

  @Test
  void dementiaClubScoresStronglyWithNoSignOfTokenism() {
    EvaluationReport report = jsonReport("dementia-club");
    assertEquals(Band.GOING_STRONG, report.latest().overall().band().orElseThrow());
    for (AreaScore area : report.latest().areas()) {
      assertEquals(Band.GOING_STRONG, area.score().band().orElseThrow(), area.area().name());
    }
    assertTrue(report.latest().tokenism().isEmpty());
    assertTrue(report.ladder().overClaimedStages().isEmpty());

    String text = CommandRun.of("--example", "dementia-club").flatOut();
    assertTrue(text.contains("overall 91.1 ##################.. going strong"), text);
    assertTrue(text.contains("No signs of tokenism"));
    assertTrue(text.contains("Every stage's records support the rung it declares."));
    assertTrue(text.contains("Nobody is out of pocket"));
  }

  @Test
  void aGroupWhoseAnswersAreLeftOutIsNotAnnouncedAndTheReportSaysSoOnce() {
    String text = CommandRun.of("--example", "care-leavers").flatOut();
    assertTrue(text.contains("family and friends who care no raters"), text);
    assertFalse(text.contains("suppressed: fewer than 3 raters"), text);
    assertTrue(text.contains("Some answers are left out of every figure in this report"), text);
    String csv = CommandRun.of("--example", "care-leavers", "--format", "csv").out();
    assertTrue(csv.contains(",family_and_friends_who_care,,0,,,,,,,no_raters,,,\n"));
  }

  // Options

  @Test
  void outputWritesTheReportToAFileAndNothingToStandardOutput(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("report.md");
    CommandRun run = CommandRun.of("-e", "care-leavers", "-f", "markdown", "-o", file.toString());
    assertEquals(0, run.code(), run.err());
    assertEquals("", run.out());
    assertEquals("", run.err());
    assertEquals(
        CommandRun.of("-e", "care-leavers", "-f", "markdown").out(),
        Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void aFileIsScoredLikeTheBundledExampleItHolds(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("leavers.json");
    Files.writeString(file, Documents.write(Examples.load("care-leavers")));
    CommandRun run = CommandRun.of(file.toString(), "--format", "csv");
    assertEquals(0, run.code(), run.err());
    assertEquals(CommandRun.of("--example", "care-leavers", "--format", "csv").out(), run.out());
  }

  @Test
  void formatNamesIgnoreCase() {
    assertEquals(
        CommandRun.of("-f", "markdown").out(), CommandRun.of("--format", "MarkDown").out());
  }

  @Test
  void helpExplainsEveryOptionAndExitsZero() {
    CommandRun run = CommandRun.of("--help");
    assertEquals(0, run.code());
    assertEquals("", run.err());
    for (String expected :
        List.of(
            "Usage: evaluate [-hV] [--debug] [--no-comments] [-d=FOLDER] [-e=NAME]",
            "[--portfolio=FILE] [--records=FILE] [--save-evaluation=FILE]",
            "--output-dir=FOLDER",
            "--survey=CSV",
            "--mapping=FILE",
            "--records=FILE",
            "--example=NAME",
            "--debug When something goes wrong that should not, show the details",
            "--format=FORMAT",
            "--output=FILE",
            "--help",
            "--version",
            "dementia-club, care-leavers, practising-what-they-preach, opportunities-fair",
            String.join(", ", ReportFormat.names()),
            "easy-read-markdown",
            "easy-read-html",
            "tidy-scores",
            "tidy-flags",
            "tidy-suggestions",
            "tidy-fairness",
            "--portfolio=FILE",
            "Markdown (.md), HTML (.html) or CSV (.csv)",
            "A spread over fewer than 3 initiatives is withheld",
            "--no-comments Leave raters' comments out of every report",
            "questionnaire org.coproduction.examples.QuestionnaireCommand the form people fill in",
            "action-plan org.coproduction.examples.ActionPlanCommand drafts the action plan",
            "Exit codes:",
            "64 the command line is wrong",
            "70 something went wrong that should not have; please report it")) {
      assertTrue(run.flatOut().contains(expected), expected + " in " + run.out());
    }
  }

  @Test
  void versionNamesTheLibraryVersion() {
    CommandRun run = CommandRun.of("--version");
    assertEquals(0, run.code());
    assertTrue(
        run.out().matches("evaluate \\(coproduction\\) \\d+\\.\\d+\\.\\d+\\S*\\R"), run.out());
  }

  // Errors

  @Test
  void aMissingFileExitsTwoNamingTheFile(@TempDir Path dir) {
    Path missing = dir.resolve("nowhere.json");
    CommandRun run = CommandRun.of(missing.toString());
    assertEquals(2, run.code());
    assertEquals("", run.out());
    assertEquals(List.of("evaluate: " + missing + ": no such file"), run.errLines());
  }

  @Test
  void anInvalidFileExitsTwoWithTheJsonPathOfTheProblem(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad-notice.json");
    Evaluation careLeavers = Examples.load("care-leavers");
    String json =
        JsonText.replaceValue(
            Documents.write(careLeavers),
            "\"meetings\"",
            "noticeDays",
            2,
            String.valueOf(careLeavers.initiative().meetings().get(2).noticeDays()),
            "-3");
    Files.writeString(file, json);
    CommandRun run = CommandRun.of(file.toString());
    assertEquals(2, run.code());
    assertEquals("", run.out());
    assertEquals(
        List.of(
            "evaluate: " + file + ": initiative.meetings[2].noticeDays: must be 0 or more, was -3"),
        run.errLines());
  }

  @Test
  void anUnknownFieldExitsTwoWithItsPath(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("extra.json");
    Evaluation club = Examples.load("dementia-club");
    String anchor = "\"id\" : \"" + club.responses().get(1).id() + "\"";
    String json =
        JsonText.replaceOnce(Documents.write(club), anchor, "\"mood\" : \"cheerful\",\n" + anchor);
    Files.writeString(file, json);
    CommandRun run = CommandRun.of(file.toString());
    assertEquals(2, run.code());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(
        run.err().startsWith("evaluate: " + file + ": responses[1].mood: unknown field"),
        run.err());
  }

  @Test
  void textThatIsNotJsonExitsTwoWithItsLineAndColumn(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("cut-short.json");
    Files.writeString(file, "{\"schemaVersion\": 1,\n");
    CommandRun run = CommandRun.of(file.toString());
    assertEquals(2, run.code());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(
        run.err().startsWith("evaluate: " + file + ": line 2, column 1: not valid JSON: "),
        run.err());
  }

  @Test
  void anEmptyFileExitsTwoSayingItIsEmpty(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("empty.json");
    Files.writeString(file, "\n");
    CommandRun run = CommandRun.of(file.toString());
    assertEquals(2, run.code());
    assertEquals(
        List.of(
            "evaluate: "
                + file
                + ": the document is empty: an evaluation document is a JSON object, which starts"
                + " with {"),
        run.errLines());
  }

  @Test
  void anOutputFileThatCannotBeWrittenExitsTwo(@TempDir Path dir) {
    Path file = dir.resolve("no-such-folder").resolve("report.txt");
    CommandRun run = CommandRun.of("--output", file.toString());
    assertEquals(2, run.code());
    assertEquals(
        List.of("evaluate: cannot write " + file + ": its folder does not exist"), run.errLines());
  }

  @Test
  void anUnknownExampleIsAUsageErrorThatListsTheExamples() {
    CommandRun run = CommandRun.of("--example", "tea-party");
    assertEquals(64, run.code());
    assertEquals("", run.out());
    assertEquals(
        List.of(
            "evaluate: no bundled example is called"
                + " 'tea-party'; the examples are dementia-club, care-leavers,"
                + " practising-what-they-preach, opportunities-fair",
            "Try 'evaluate --help' for more information."),
        run.errLines());
  }

  private static final String OPTIONS =
      "the options are --example, --format, --output, --output-dir, --portfolio, --no-comments,"
          + " --survey, --mapping, --records, --ledger, --save-evaluation, --debug, --help,"
          + " --version";

  @Test
  void anUnknownOptionIsAUsageErrorThatListsTheOptions() {
    CommandRun run = CommandRun.of("--colour");
    assertEquals(64, run.code());
    assertEquals("", run.out());
    assertEquals(
        List.of(
            "evaluate: there is no option --colour; " + OPTIONS,
            "Try 'evaluate --help' for more information."),
        run.errLines());
  }

  @Test
  void aMisspeltOptionIsAUsageErrorThatSuggestsTheOptionMeant() {
    CommandRun run = CommandRun.of("--formt", "markdown");
    assertEquals(64, run.code());
    assertEquals(
        "evaluate: there is no option --formt (did you mean --format?); " + OPTIONS,
        run.errLines().get(0));
  }

  @Test
  void anUnknownFormatIsAUsageErrorThatListsTheFormats() {
    CommandRun run = CommandRun.of("--format", "pdf");
    assertEquals(64, run.code());
    assertEquals(
        "evaluate: no format is called 'pdf'; the formats are text, json, markdown, csv, html,"
            + " sarif, easy-read-markdown, easy-read-html, tidy-scores, tidy-flags,"
            + " tidy-suggestions, tidy-fairness, tidy-crosswalk",
        run.errLines().get(0));
  }

  @Test
  void aFileAndAnExampleTogetherAreAUsageError(@TempDir Path dir) {
    CommandRun run = CommandRun.of(dir.resolve("x.json").toString(), "--example", "care-leavers");
    assertEquals(64, run.code());
    assertEquals("evaluate: give a FILE or --example, not both", run.errLines().get(0));
  }

  @Test
  void aMissingOptionValueIsAUsageErrorInPlainWords() {
    CommandRun run = CommandRun.of("--format");
    assertEquals(64, run.code());
    assertEquals(
        List.of(
            "evaluate: --format needs a FORMAT after it",
            "Try 'evaluate --help' for more information."),
        run.errLines());
  }

  @Test
  void anOptionGivenTwiceIsAUsageErrorInPlainWords() {
    CommandRun run = CommandRun.of("--format", "json", "--format", "csv");
    assertEquals(64, run.code());
    assertEquals("evaluate: --format is given more than once; give it once", run.errLines().get(0));
  }

  // Failures that are not the user's

  /** Standard output that fails as a fault in the program would, with this error. */
  private static PrintStream failingWith(Throwable failure) {
    return new PrintStream(
        new OutputStream() {
          @Override
          public void write(int b) {
            if (failure instanceof Error e) {
              throw e;
            }
            throw (RuntimeException) failure;
          }
        });
  }

  private static CommandRun runWithFailingOutput(Throwable failure, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Evaluate.run(
            args, failingWith(failure), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new CommandRun(code, "", err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void anUnexpectedFailureExitsSeventyWithOneLineAskingForAReportAndNoStackTrace() {
    CommandRun run = runWithFailingOutput(new IllegalStateException("secret detail"));
    assertEquals(70, run.code());
    assertEquals(
        List.of(
            "evaluate: something went wrong that should not have (IllegalStateException); please"
                + " report it with the command you ran, and run it again with --debug to see the"
                + " details"),
        run.errLines());
  }

  @Test
  void debugShowsTheStackTraceOfAnUnexpectedFailure() {
    CommandRun run = runWithFailingOutput(new IllegalStateException("detail"), "--debug");
    assertEquals(70, run.code());
    assertTrue(run.errLines().size() > 2, run.err());
    assertEquals("java.lang.IllegalStateException: detail", run.errLines().get(1));
    assertTrue(run.errLines().get(2).startsWith("\tat "), run.err());
  }

  @Test
  void runningOutOfMemoryExitsSeventyWithOneLineThatSaysSo() {
    CommandRun run = runWithFailingOutput(new OutOfMemoryError("Java heap space"));
    assertEquals(70, run.code());
    assertEquals(
        List.of(
            "evaluate: Java ran out of memory; give it more (for example java -Xmx1g) or score a"
                + " smaller file"),
        run.errLines());
  }
}
