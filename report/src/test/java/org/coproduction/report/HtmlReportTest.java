package org.coproduction.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ChecklistDerivation;
import org.coproduction.checklist.ChecklistItem;
import org.coproduction.core.Documents;
import org.coproduction.core.Sources;
import org.coproduction.core.principle.Principle;
import org.coproduction.core.principle.PrincipleFramework;
import org.coproduction.core.principle.PrincipleFrameworks;
import org.coproduction.report.internal.content.Words;
import org.coproduction.report.internal.html.Html;
import org.coproduction.scoring.flags.RedFlag;
import org.coproduction.scoring.perspectives.Visibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The HTML report's content and safety, read as text; {@link HtmlReportBrowserTest} renders it. */
class HtmlReportTest {
  static List<String> examples() {
    return BundledExamples.names();
  }

  private static String html(String example) {
    return HtmlReport.render(Evaluator.evaluate(BundledExamples.load(example)));
  }

  @Test
  void aHostileTitleAndDescriptionAreEscapedEverywhere() {
    Evaluation evil =
        Evaluation.builder()
            .from(BundledExamples.load("dementia-club"))
            .title("<script>alert(\"x\")</script> & 'co'")
            .description("</p><img src=x onerror=alert(1)>")
            .build();

    String html = HtmlReport.render(Evaluator.evaluate(evil));

    assertFalse(html.contains("<script"), "a script element");
    assertFalse(html.contains("<img"), "an image element");
    assertTrue(
        html.contains(
            "<title>Co-production report: &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"
                + " &amp; &#39;co&#39;</title>"));
    assertTrue(
        html.contains(
            "<h1>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;</h1>"));
    assertTrue(html.contains("&lt;/p&gt;&lt;img src=x onerror=alert(1)&gt;"));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void thePageLoadsNothingAndRunsNothing(String example) {
    String html = html(example);

    assertFalse(html.contains("<script"), "script");
    assertFalse(html.contains("<link"), "link");
    assertFalse(html.contains("<img"), "img");
    assertFalse(html.contains("@import"), "@import");
    assertFalse(html.contains("src="), "src=");
    assertFalse(html.contains("href="), "href=");
    // The one URL is the SVG namespace, which names a vocabulary and is never fetched.
    assertEquals(
        List.of("http://www.w3.org/2000/svg"), all(Pattern.compile("https?://[^\"' )]+"), html));
    assertTrue(html.contains("Content-Security-Policy"), "a policy that blocks loads and scripts");
  }

  @ParameterizedTest
  @MethodSource("examples")
  void redFlagsComeFirstAndTheSectionsFollowInTheTextReportsOrder(String example) {
    EvaluationReport report = Evaluator.evaluate(BundledExamples.load(example));
    String html = HtmlReport.render(report);
    List<String> order =
        new ArrayList<>(
            List.of(
                "red-flags",
                "overall",
                "principles",
                "areas",
                "groups",
                "sides",
                "tokenism",
                "agreement",
                "records",
                "ladder",
                "fairness",
                "representation",
                "comments",
                "you-said-we-did"));
    if (report.trend().isPresent()) {
      order.add("trend");
    }
    if (report.crosswalk().isPresent()) {
      order.add("crosswalk");
    }
    if (report.actions().isPresent()) {
      order.add("actions");
    }
    int last = -1;
    for (String id : order) {
      int at = html.indexOf("<section id=\"" + id + "\"");
      assertTrue(at > last, id + " comes after the section before it");
      last = at;
    }
    assertEquals(order.size(), all(Pattern.compile("<section id=\"([a-z-]+)\""), html).size());
  }

  @ParameterizedTest
  @MethodSource("examples")
  void theChartHasOneBarGroupPerGuidePrincipleAndOneBarPerGroupThatTookPart(String example) {
    EvaluationReport report = Evaluator.evaluate(BundledExamples.load(example));
    String html = HtmlReport.render(report);
    List<String> guide =
        PrincipleFrameworks.guide().principles().stream().map(Principle::id).toList();

    assertEquals(guide, HtmlReportBrowserTest.principlesCharted(html));
    long groupsThatTookPart =
        report.latest().overall().byGroup().groups().stream()
            .filter(g -> g.visibility() != Visibility.NO_RATERS)
            .count();
    int bars =
        all(Pattern.compile("<rect class=\"(bar|bar-suppressed|bar-missing)\""), html).size();
    assertEquals(guide.size() * groupsThatTookPart, bars);
    assertTrue(html.contains("role=\"img\""));
    assertTrue(html.contains("<title id=\"chart-title\">"));
    assertTrue(html.contains("<desc id=\"chart-desc\">"));
  }

  @Test
  void aGroupWhoseAnswersAreLeftOutIsAPlaceholderAndThePageSaysSoOnce() {
    EvaluationReport report =
        Evaluator.evaluate(BundledExamples.load("practising-what-they-preach"));
    String html = HtmlReport.render(report);
    String sentence = Words.leftOut(3);
    assertTrue(report.latest().answersLeftOut());
    assertEquals(1, html.split(Pattern.quote(sentence), -1).length - 1, "the sentence, once");
    assertFalse(
        html.contains("suppressed: fewer than 3 raters"), "no group is announced as too small");
    assertFalse(html.contains("hatch"), "no hatched placeholder");
  }

  @Test
  void tokenismIsPlainInTheExampleThatExistsToShowIt() {
    EvaluationReport report =
        Evaluator.evaluate(BundledExamples.load("practising-what-they-preach"));
    String html = HtmlReport.render(report);

    assertEquals(
        report.latest().tokenism().size(),
        all(Pattern.compile("<li><strong>[^<]+:</strong>"), tokenismSection(html)).size());
    for (var signal : report.latest().tokenism()) {
      assertTrue(tokenismSection(html).contains("<strong>" + signal.itemId() + ":</strong>"));
    }
  }

  @Test
  void theCareLeaversPayGapAndTheFairsImprovementAreShown() {
    EvaluationReport careLeavers = Evaluator.evaluate(BundledExamples.load("care-leavers"));
    assertTrue(
        HtmlReport.render(careLeavers)
            .contains(
                "7 people who use services or care were paid less than professionals, or not at"
                    + " all."));
    EvaluationReport fair = Evaluator.evaluate(BundledExamples.load("opportunities-fair"));
    String overall = fair.trend().orElseThrow().overall().reason();
    assertTrue(overall.startsWith("Better: up"), overall);
    assertTrue(HtmlReport.render(fair).contains("<p>Overall: " + Html.escape(overall) + "</p>"));
  }

  @Test
  void theOverallScoreAndBandAreShown() {
    EvaluationReport report = Evaluator.evaluate(BundledExamples.load("care-leavers"));
    String html = HtmlReport.render(report);
    String value = Words.number(report.latest().overall().value().orElseThrow());

    String band = report.latest().overall().band().orElseThrow().words();
    assertTrue(
        html.contains(
            "<th scope=\"row\">overall</th>\n<td class=\"num\">"
                + value
                + "</td>\n<td class=\"text\">"
                + band
                + "</td>"),
        html);
  }

  @Test
  void theSameReportGivesTheSamePage() {
    EvaluationReport report = Evaluator.evaluate(BundledExamples.load("opportunities-fair"));
    EvaluationReport readBack = Documents.read(Documents.write(report), EvaluationReport.class);

    assertEquals(HtmlReport.render(report), HtmlReport.render(readBack));
  }

  @Test
  void aReportFromAnotherChecklistNamesItemsByIdAndStillChartsThePrinciples() {
    // Without the crosswalk, which carries its own items' statements: the rest of the report has
    // ids only.
    EvaluationReport report =
        EvaluationReport.builder()
            .from(SarifReportTest.scoredWithVersion("2.0"))
            .crosswalk(Optional.empty())
            .build();
    ChecklistItem first = BuiltInChecklist.get().items().get(0);

    String html = HtmlReport.render(report);

    assertFalse(html.contains(Html.escape(first.statement())), "wording it cannot know");
    String recordItem = report.recordAnswers().get(0).itemId();
    assertTrue(html.contains("<strong>" + recordItem + ":</strong>"), "the item by id");
    assertEquals(
        PrincipleFrameworks.guide().principles().stream().map(Principle::id).toList(),
        HtmlReportBrowserTest.principlesCharted(html));
  }

  @Test
  void aChecklistOtherThanTheOneScoredIsRefused() {
    EvaluationReport report = Evaluator.evaluate(BundledExamples.load("dementia-club"));
    Checklist other =
        ChecklistDerivation.from(BuiltInChecklist.get()).derive("our-checklist", "1.0", "Ours");

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> HtmlReport.render(report, other));
    assertEquals(
        "the report was scored with checklist 'coproduction-police 1.0', not 'our-checklist 1.0'",
        e.getMessage());
  }

  @Test
  void eachRedFlagIsMarkedWithItsSeverityAndABadgeOfIt() {
    EvaluationReport report = Evaluator.evaluate(BundledExamples.load("care-leavers"));
    String html = HtmlReport.render(report);
    String flags = section(html, "red-flags");

    assertFalse(report.latest().redFlags().isEmpty());
    for (RedFlag flag : report.latest().redFlags()) {
      String severity = Words.plain(flag.severity());
      assertTrue(
          flags.contains(
              "<li class=\"flag "
                  + severity
                  + "\"><span class=\"badge "
                  + severity
                  + "\">"
                  + Words.capitalise(severity)
                  + "</span>\n <strong>"
                  + flag.itemId()
                  + "</strong>"),
          flag.itemId());
    }
    assertEquals(
        report.latest().redFlags().size(),
        all(Pattern.compile("<li class=\"flag [a-z]+\">"), html).size(),
        "only red flags carry a severity");
    assertTrue(html.contains(".badge.critical{"), "a style for each severity");
  }

  @Test
  void eachRedFlagShowsItsItemInEasyRead() {
    EvaluationReport report = Evaluator.evaluate(BundledExamples.load("care-leavers"));
    String flags = section(HtmlReport.render(report), "red-flags");

    for (RedFlag flag : report.latest().redFlags()) {
      String easyRead = BuiltInChecklist.get().item(flag.itemId()).orElseThrow().easyRead();
      assertTrue(
          flags.contains("<p class=\"detail\">In easy read: " + Html.escape(easyRead) + "</p>"),
          flag.itemId());
    }
  }

  @Test
  void theFooterSaysWhatMadeThePageAndCitesThePostThatAskedForTheChecklistByTitle() {
    EvaluationReport report = Evaluator.evaluate(BundledExamples.load("dementia-club"));
    String html = HtmlReport.render(report);
    int from = html.indexOf("<footer>");
    assertTrue(from > html.lastIndexOf("</section>"), "the footer follows the last section");
    String footer = html.substring(from, html.indexOf("</footer>", from));
    String citation = Sources.get("police-post-2016").orElseThrow().citation();

    assertTrue(
        footer.contains(
            "Made by coproduction from the evaluation &#39;dementia-club&#39; with checklist"
                + " coproduction-police 1.0. The checklist is the best-practice list that"
                + " everybody involved scores, so the provider can see how well its process works ("
                + Html.escape(citation)
                + ")."),
        footer);
    assertTrue(citation.contains("The Co-production Police and accountability"), citation);
    assertFalse(footer.contains(".txt"), "a seed file name");
  }

  @Test
  void thePrinciplesOfEveryFrameworkAreTabledByInterestGroupAndOnlyTheFirstCharted() {
    EvaluationReport report = Evaluator.evaluate(BundledExamples.load("dementia-club"));
    String principles = section(HtmlReport.render(report), "principles");
    List<String> groups =
        report.latest().overall().byGroup().groups().stream()
            .filter(g -> g.visibility() != Visibility.NO_RATERS)
            .map(g -> "<th scope=\"col\">" + Words.group(g.group()) + "</th>\n")
            .toList();
    String header = "<th scope=\"col\">principle</th>\n" + String.join("", groups) + "</tr>";

    for (PrincipleFramework framework : PrincipleFrameworks.all()) {
      int at = principles.indexOf("<p>" + Html.escape(framework.name()) + ":</p>");
      assertTrue(at >= 0, framework.id());
      assertTrue(principles.indexOf(header, at) > at, framework.id() + " by interest group");
    }
    assertEquals(1, all(Pattern.compile("<svg"), principles).size(), "one chart");
  }

  private static String section(String html, String id) {
    int from = html.indexOf("<section id=\"" + id + "\"");
    return html.substring(from, html.indexOf("</section>", from));
  }

  private static String tokenismSection(String html) {
    int from = html.indexOf("<section id=\"tokenism\"");
    return html.substring(from, html.indexOf("</section>", from));
  }

  private static List<String> all(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }
}
