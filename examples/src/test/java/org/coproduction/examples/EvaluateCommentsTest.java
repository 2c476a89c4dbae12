package org.coproduction.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.coproduction.core.Documents;
import org.coproduction.report.EvaluationReport;
import org.coproduction.report.Evaluator;
import org.coproduction.report.GroupComments;
import org.coproduction.report.ReportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code evaluate --no-comments}, as an organisation does that promised raters their words
 * would stay private: no comment reaches any format, from one evaluation or many.
 */
class EvaluateCommentsTest {
  private static final String EXAMPLE = "care-leavers";

  /**
   * The start of each comment the report shows by default, up to its first character a format might
   * escape, so that finding it in any format's text means the comment is there.
   */
  private static List<String> shownComments() {
    EvaluationReport report = Evaluator.evaluate(Examples.load(EXAMPLE));
    List<String> fragments =
        report.comments().stream()
            .map(GroupComments::comments)
            .flatMap(List::stream)
            .map(c -> c.split("[^A-Za-z ,.]", 2)[0].strip())
            .filter(f -> f.length() >= 15)
            .toList();
    assertFalse(fragments.isEmpty(), "the example's report shows comments");
    return fragments;
  }

  @Test
  void byDefaultTheCommentsAppear() {
    CommandRun run = CommandRun.of("--example", EXAMPLE, "--format", "markdown");
    assertEquals(0, run.code(), run.err());
    for (String comment : shownComments()) {
      assertTrue(run.out().contains(comment), comment);
    }
  }

  @Test
  void noCommentReachesAnyFormat() {
    List<String> comments = shownComments();
    for (ReportFormat format : ReportFormat.values()) {
      CommandRun run =
          CommandRun.of("--example", EXAMPLE, "--format", format.cliName(), "--no-comments");
      assertEquals(0, run.code(), run.err());
      for (String comment : comments) {
        assertFalse(run.out().contains(comment), format.cliName() + ": " + comment);
      }
    }
  }

  @Test
  void theReportSaysCommentsWereLeftOutOnPurpose() {
    CommandRun run = CommandRun.of("--example", EXAMPLE, "--format", "json", "--no-comments");
    assertEquals(0, run.code(), run.err());
    EvaluationReport report = Documents.read(run.out(), EvaluationReport.class);
    assertFalse(report.commentsShown());
    assertTrue(report.comments().isEmpty());
  }

  @Test
  void manyEvaluationsAndTheirPortfolioHoldNoComment(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("projects"));
    for (String name : Examples.names()) {
      Files.writeString(folder.resolve(name + ".json"), Documents.write(Examples.load(name)));
    }
    Path reports = dir.resolve("reports");
    Path portfolio = dir.resolve("portfolio.md");
    CommandRun run =
        CommandRun.of(
            folder.toString(),
            "--format",
            "markdown",
            "--output-dir",
            reports.toString(),
            "--portfolio",
            portfolio.toString(),
            "--no-comments");
    assertEquals(0, run.code(), run.err());
    String written =
        Files.readString(reports.resolve(EXAMPLE + ".md"), StandardCharsets.UTF_8)
            + Files.readString(portfolio, StandardCharsets.UTF_8);
    for (String comment : shownComments()) {
      assertFalse(written.contains(comment), comment);
    }
  }
}
