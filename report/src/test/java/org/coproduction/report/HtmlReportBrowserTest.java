package org.coproduction.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coproduction.core.principle.Principle;
import org.coproduction.core.principle.PrincipleFrameworks;
import org.coproduction.report.HeadlessChromium.Visit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The HTML report opened in a real headless browser: it renders, logs nothing to the console (its
 * content security policy turns any load or script into a console message, so this also shows the
 * page is self-contained and inert), and its chart has one bar group per principle. Skipped when
 * chromium is missing, unless the {@code CI} environment variable is set.
 */
class HtmlReportBrowserTest {
  private static final Pattern CHART_GROUP =
      Pattern.compile("<g class=\"principle-group\"[^>]*\\sdata-principle=\"([^\"]+)\"");

  static List<String> examples() {
    return BundledExamples.names();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void eachExampleRendersWithoutConsoleMessagesAndChartsEveryPrincipleOnce(
      String name, @TempDir Path work) throws IOException, InterruptedException {
    HeadlessChromium chromium = HeadlessChromium.require();
    EvaluationReport report = Evaluator.evaluate(BundledExamples.load(name));

    Visit visit = chromium.open(HtmlReport.render(report), work, null);

    assertTrue(
        visit.dom().contains("<h1>" + report.title() + "</h1>"),
        "the browser's DOM shows the report title");
    assertTrue(visit.dom().contains("<svg"), "the browser's DOM holds the chart");
    assertEquals(List.of(), visit.consoleMessages(), "console messages");
    assertEquals(guidePrincipleIds(), principlesCharted(visit.dom()));
  }

  @Test
  void aHostileTitleStaysTextInTheBrowser(@TempDir Path work)
      throws IOException, InterruptedException {
    HeadlessChromium chromium = HeadlessChromium.require();
    String hostile =
        "</title><script>console.error('injected')</script><img src=x onerror=alert(1)>";
    Evaluation example = BundledExamples.load("care-leavers");
    Evaluation evil =
        Evaluation.builder()
            .from(example)
            .title(hostile)
            .description("<script>console.error('injected too')</script>")
            .build();

    Visit visit = chromium.open(HtmlReport.render(Evaluator.evaluate(evil)), work, null);

    assertEquals(List.of(), visit.consoleMessages(), "console messages");
    assertFalse(visit.dom().contains("<script"), "a script element reached the DOM");
    assertFalse(visit.dom().contains("<img"), "an image element reached the DOM");
    assertTrue(
        visit
            .dom()
            .contains("&lt;/title&gt;&lt;script&gt;console.error('injected')&lt;/script&gt;"),
        "the title is shown as text");
  }

  @Test
  void theConsoleCheckCatchesAPageThatLogs(@TempDir Path work)
      throws IOException, InterruptedException {
    HeadlessChromium chromium = HeadlessChromium.require();
    String page =
        "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body>"
            + "<script>console.error('deliberate')</script></body></html>";

    Visit visit = chromium.open(page, work, null);

    assertTrue(
        visit.consoleMessages().stream().anyMatch(m -> m.contains("deliberate")),
        "the console message was not seen in:\n" + visit.log());
  }

  @Test
  void theReportPaints(@TempDir Path work) throws IOException, InterruptedException {
    HeadlessChromium chromium = HeadlessChromium.require();
    Path png = work.resolve("report.png");

    chromium.open(
        HtmlReport.render(Evaluator.evaluate(BundledExamples.load("practising-what-they-preach"))),
        work,
        png);

    byte[] image = Files.readAllBytes(png);
    assertArrayEquals(
        new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(image, 4), "a PNG was written");
    // A blank page of this size compresses to under 10 kB; a page of text is far larger.
    assertTrue(image.length > 30_000, "the screenshot looks blank: " + image.length + " bytes");
  }

  private static List<String> guidePrincipleIds() {
    return PrincipleFrameworks.guide().principles().stream().map(Principle::id).toList();
  }

  static List<String> principlesCharted(String html) {
    List<String> ids = new ArrayList<>();
    Matcher m = CHART_GROUP.matcher(html);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }
}
