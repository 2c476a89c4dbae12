package org.coproduction.report.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.report.BundledExamples;
import org.coproduction.report.EvaluationReport;
import org.coproduction.report.Evaluator;
import org.coproduction.scoring.ScoreStatus;
import org.coproduction.scoring.perspectives.Visibility;
import org.junit.jupiter.api.Test;

/** The portfolio of the four bundled examples, and the rules it keeps. */
class PortfolioTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final Path ACTUAL = Path.of("target", "golden-actual");

  static final List<EvaluationReport> REPORTS =
      BundledExamples.names().stream()
          .map(n -> Evaluator.evaluate(BundledExamples.load(n)))
          .toList();

  @Test
  void markdownCsvAndHtmlMatchTheGoldenFiles() throws IOException {
    PortfolioReport portfolio = Portfolio.of(REPORTS);
    golden("portfolio-examples.md", PortfolioText.markdown(portfolio));
    golden("portfolio-examples.csv", PortfolioText.csv(portfolio));
    golden("portfolio-examples.html", PortfolioHtml.render(portfolio));
  }

  @Test
  void onlyConclusiveOverallScoresAreRankedAndHighestComesFirst() {
    List<RankedInitiative> entries = Portfolio.of(REPORTS).initiatives();
    assertEquals(REPORTS.size(), entries.size());
    double previous = Double.MAX_VALUE;
    boolean unrankedSeen = false;
    for (RankedInitiative entry : entries) {
      assertEquals(entry.status() == ScoreStatus.CONCLUSIVE, entry.rank().isPresent());
      if (entry.rank().isPresent()) {
        assertTrue(!unrankedSeen, "ranked entries come before unranked ones");
        double value = entry.overall().orElseThrow();
        assertTrue(value <= previous);
        previous = value;
      } else {
        unrankedSeen = true;
      }
    }
  }

  @Test
  void spreadsOverFewerThanKInitiativesAreWithheld() {
    PortfolioReport portfolio = Portfolio.of(REPORTS, REPORTS.size() + 1);
    assertTrue(portfolio.overall().withheld());
    portfolio.areas().values().forEach(d -> assertTrue(d.withheld()));
    portfolio.principles().values().forEach(d -> assertTrue(d.withheld()));
    assertTrue(PortfolioText.markdown(portfolio).contains("| overall | "));
  }

  @Test
  void recurringFlagsCountInitiativesWhoseLatestRoundRaisesThem() {
    for (RecurringFlag flag : Portfolio.of(REPORTS).recurringFlags()) {
      long expected =
          REPORTS.stream().filter(r -> r.latest().redFlag(flag.itemId()).isPresent()).count();
      assertEquals(expected, flag.initiatives(), flag.itemId());
    }
  }

  @Test
  void aGroupIsUnheardWhereItHasNoShownOverallScore() {
    for (LeastHeard group : Portfolio.of(REPORTS).leastHeard()) {
      long expected = REPORTS.stream().filter(r -> !heard(r, group.group())).count();
      assertEquals(expected, group.initiativesWithoutTheirVoice(), group.group().name());
    }
  }

  @Test
  void quartilesAreRsDefault() {
    // R: quantile(c(10, 20, 30, 40)) gives 10, 17.5, 25, 32.5, 40.
    Distribution d = Distribution.of(List.of(40.0, 10.0, 30.0, 20.0), 3);
    assertEquals(Optional.of(10.0), d.lowest());
    assertEquals(Optional.of(17.5), d.lowerQuartile());
    assertEquals(Optional.of(25.0), d.median());
    assertEquals(Optional.of(32.5), d.upperQuartile());
    assertEquals(Optional.of(40.0), d.highest());
  }

  @Test
  void anEmptyPortfolioIsRefusedInPlainWords() {
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> Portfolio.of(List.of()));
    assertTrue(e.getMessage().contains("at least one evaluation report"), e.getMessage());
  }

  private static boolean heard(EvaluationReport report, InterestGroup group) {
    return report.latest().overall().byGroup().groups().stream()
        .anyMatch(
            g -> g.group() == group && g.visibility() == Visibility.SHOWN && g.value().isPresent());
  }

  private static void golden(String name, String text) throws IOException {
    byte[] actual = text.getBytes(StandardCharsets.UTF_8);
    Path expectedFile = GOLDEN.resolve(name);
    byte[] expected = Files.exists(expectedFile) ? Files.readAllBytes(expectedFile) : new byte[0];
    if (!Arrays.equals(expected, actual)) {
      Files.createDirectories(ACTUAL);
      Files.write(ACTUAL.resolve(name), actual);
      fail(expectedFile + " differs; the output is in " + ACTUAL.resolve(name));
    }
  }
}
