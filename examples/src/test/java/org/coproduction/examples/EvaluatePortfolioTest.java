package org.coproduction.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.coproduction.core.Documents;
import org.coproduction.report.EvaluationReport;
import org.coproduction.report.Evaluator;
import org.coproduction.report.portfolio.Portfolio;
import org.coproduction.report.portfolio.PortfolioHtml;
import org.coproduction.report.portfolio.PortfolioReport;
import org.coproduction.report.portfolio.PortfolioText;
import org.coproduction.scoring.ScoringSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code evaluate --portfolio} as a council does over its projects: the portfolio of every
 * evaluation scored, in the form its file name says, with the portfolio's own disclosure rule.
 */
class EvaluatePortfolioTest {
  @TempDir Path dir;

  private Path examplesFolder() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("projects"));
    for (String name : Examples.names()) {
      Files.writeString(folder.resolve(name + ".json"), Documents.write(Examples.load(name)));
    }
    return folder;
  }

  private static PortfolioReport portfolioOf(String... examples) {
    List<EvaluationReport> reports =
        Stream.of(examples).map(Examples::load).map(Evaluator::evaluate).toList();
    return Portfolio.of(reports);
  }

  private static PortfolioReport portfolioOfEveryExample() {
    return portfolioOf(Examples.names().stream().sorted().toArray(String[]::new));
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  @Test
  void aFolderGivesItsPortfolioInTheFormTheFileNameSaysAndNothingElse() throws IOException {
    Path folder = examplesFolder();
    PortfolioReport expected = portfolioOfEveryExample();
    for (String ending : List.of(".md", ".html", ".csv")) {
      Path file = dir.resolve("portfolio" + ending);
      CommandRun run = CommandRun.of(folder.toString(), "--portfolio", file.toString());
      assertEquals(0, run.code(), run.err());
      assertEquals("", run.out(), ending);
      assertEquals("", run.err(), ending);
      String want =
          switch (ending) {
            case ".md" -> PortfolioText.markdown(expected);
            case ".html" -> PortfolioHtml.render(expected);
            default -> PortfolioText.csv(expected);
          };
      assertEquals(want, read(file), ending);
    }
  }

  @Test
  void severalFilesGiveTheReportsAndThePortfolioInOneRun() throws IOException {
    Path folder = examplesFolder();
    Path portfolio = dir.resolve("Portfolio.MD");
    Path all = dir.resolve("all.jsonl");
    CommandRun run =
        CommandRun.of(
            folder.resolve("care-leavers.json").toString(),
            folder.resolve("dementia-club.json").toString(),
            folder.resolve("opportunities-fair.json").toString(),
            "--format",
            "json",
            "--output",
            all.toString(),
            "--portfolio",
            portfolio.toString());
    assertEquals(0, run.code(), run.err());
    try (Stream<EvaluationReport> reports = Documents.readAll(all, EvaluationReport.class)) {
      assertEquals(3, reports.count());
    }
    assertEquals(
        PortfolioText.markdown(portfolioOf("care-leavers", "dementia-club", "opportunities-fair")),
        read(portfolio));
  }

  @Test
  void aPortfolioOfFewerInitiativesThanTheSmallestGroupWithholdsItsSpreads() throws IOException {
    Path folder = examplesFolder();
    Path portfolio = dir.resolve("two.csv");
    CommandRun run =
        CommandRun.of(
            folder.resolve("care-leavers.json").toString(),
            folder.resolve("dementia-club.json").toString(),
            "--portfolio",
            portfolio.toString());
    assertEquals(0, run.code(), run.err());
    PortfolioReport two = portfolioOf("care-leavers", "dementia-club");
    assertTrue(two.overall().withheld(), "two initiatives are fewer than k = 3");
    assertEquals(PortfolioText.csv(two), read(portfolio));
    assertFalse(portfolioOfEveryExample().overall().withheld(), "four are enough");
    assertEquals(
        3,
        ScoringSettings.defaults().minimumGroupSize(),
        "the help and the README say a spread over fewer than 3 initiatives is withheld");
  }

  @Test
  void aBadFileAmongGoodOnesStillGivesThePortfolioOfTheOthersAndExitsTwo() throws IOException {
    Path folder = examplesFolder();
    Path bad = folder.resolve("broken.json");
    Files.writeString(bad, "{\"schemaVersion\": 1, \"id\": \"broken\"}");
    Path portfolio = dir.resolve("portfolio.html");
    CommandRun run = CommandRun.of(folder.toString(), "--portfolio", portfolio.toString());
    assertEquals(2, run.code());
    assertEquals(
        List.of(
            "evaluate: " + bad + ": title: required field is missing",
            "evaluate: 4 of 5 evaluations scored; 1 could not be, each named above"),
        run.errLines());
    assertEquals(PortfolioHtml.render(portfolioOfEveryExample()), read(portfolio));
  }

  @Test
  void noEvaluationScoredMeansNoPortfolioAndSaysSo() throws IOException {
    Path bad = Files.writeString(dir.resolve("broken.json"), "{}");
    Path portfolio = dir.resolve("portfolio.md");
    CommandRun run = CommandRun.of(bad.toString(), "--portfolio", portfolio.toString());
    assertEquals(2, run.code());
    assertFalse(Files.exists(portfolio));
    assertEquals(
        "evaluate: no portfolio written to " + portfolio + ": no evaluation was scored",
        run.errLines().get(1));
  }

  @Test
  void aPortfolioFileNameThatSaysNoFormIsAUsageError() {
    CommandRun run = CommandRun.of("projects", "--portfolio", "portfolio.txt");
    assertEquals(64, run.code());
    assertEquals(
        "evaluate: the portfolio file's name says its form: end it in .md (Markdown), .html (a"
            + " web page) or .csv (a table), not 'portfolio.txt'",
        run.errLines().get(0));
  }

  @Test
  void aPortfolioNeedsEvaluationsToScore() {
    CommandRun run = CommandRun.of("--example", "care-leavers", "--portfolio", "p.md");
    assertEquals(64, run.code());
    assertEquals(
        "evaluate: --portfolio is for many evaluations: give the FILEs or folders to score",
        run.errLines().get(0));
  }

  @Test
  void thePortfolioMayNotOverwriteTheCombinedReports() {
    CommandRun run =
        CommandRun.of(
            "projects", "--format", "csv", "--output", "all.csv", "--portfolio", "all.csv");
    assertEquals(64, run.code());
    assertEquals(
        "evaluate: --portfolio and --output name the same file; give each a file of its own",
        run.errLines().get(0));
  }

  @Test
  void aPortfolioThatCannotBeWrittenIsNamedAndExitsTwo() throws IOException {
    Path folder = examplesFolder();
    Path portfolio = dir.resolve("no-such-folder").resolve("portfolio.md");
    CommandRun run = CommandRun.of(folder.toString(), "--portfolio", portfolio.toString());
    assertEquals(2, run.code());
    assertEquals(
        List.of("evaluate: cannot write " + portfolio + ": its folder does not exist"),
        run.errLines());
  }
}
