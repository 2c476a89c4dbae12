package org.coproduction.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.coproduction.report.ReportFormat;
import org.junit.jupiter.api.Test;

/** What examples/README.md says about the command and the examples stays true. */
class ExamplesReadmeTest {
  private static final Path README = Path.of("README.md");

  @Test
  void theCommandSectionNamesEveryReportFormat() throws IOException {
    String section = section(Files.readString(README), "## The `evaluate` command");
    List<String> missing = new ArrayList<>();
    for (ReportFormat f : ReportFormat.values()) {
      if (!section.contains("`" + f.cliName() + "`")) {
        missing.add(f.cliName());
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void theReadmeSaysWhereEachExampleDepartsFromItsSource() throws IOException {
    String departures =
        section(Files.readString(README), "## Where the examples depart from their sources");
    assertTrue(departures.contains("- `care-leavers`"), departures);
    assertTrue(departures.contains("- `opportunities-fair`"), departures);
    String all = Files.readString(README);
    assertFalse(
        all.contains("request to be paid was turned down"), "the pay question was a dilemma");
    assertFalse(all.contains("were told a week before"), "first-year volunteers helped organise");
  }

  /** The text from a heading to the next heading of the same or a higher level. */
  private static String section(String readme, String heading) {
    int start = readme.indexOf(heading + "\n");
    assertTrue(start >= 0, "no heading " + heading);
    String level = heading.substring(0, heading.indexOf(' ') + 1);
    int end = readme.length();
    for (String marker : List.of("\n# ", "\n## ", "\n### ")) {
      if (marker.length() - 1 > level.length()) {
        continue;
      }
      int next = readme.indexOf(marker, start + heading.length());
      if (next >= 0) {
        end = Math.min(end, next);
      }
    }
    return readme.substring(start, end);
  }
}
