package org.coproduction.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's walk through a report quotes the report; every quoted block must still be in the
 * command's output, so the walkthrough cannot drift from what a newcomer sees.
 */
class ReadmeWalkthroughTest {
  private static final Path README = Path.of("..", "README.md");

  @Test
  void everyExcerptInReadingAReportIsInTheReportItQuotes() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int start = readme.indexOf("\n## Reading a report\n");
    assertTrue(start >= 0, "the README has no section 'Reading a report'");
    int end = readme.indexOf("\n## ", start + 1);
    String section = readme.substring(start, end < 0 ? readme.length() : end);

    List<String> excerpts = new ArrayList<>();
    Matcher block = Pattern.compile("```text\n(.*?)```", Pattern.DOTALL).matcher(section);
    while (block.find()) {
      excerpts.add(block.group(1));
    }
    assertTrue(excerpts.size() >= 5, "too few excerpts: " + excerpts.size());

    String careLeavers = CommandRun.of("--example", "care-leavers").out();
    String fair = CommandRun.of("--example", "opportunities-fair").out();
    for (String excerpt : excerpts) {
      assertTrue(
          careLeavers.contains(excerpt) || fair.contains(excerpt),
          "not in the care-leavers or opportunities-fair report:\n" + excerpt);
    }
  }
}
