package org.coproduction.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's walk through a report quotes the report; every quoted block must still be in the
 * command's output, so the walkthrough cannot drift from what a newcomer sees.
 */
class ReadmeWalkthroughTest {
  private static final Path README = Path.of("..", "README.md");

  /** The blocks this test compares: the {@code text} blocks of the section "Reading a report". */
  static List<ReadmeBlocks.Block> blocksRun() {
    List<ReadmeBlocks.Block> blocks = new ArrayList<>();
    String section = "";
    List<String> lines;
    try {
      lines = Files.readAllLines(README, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    for (ReadmeBlocks.Block block : ReadmeBlocks.in(README)) {
      for (int i = block.line() - 1; i >= 0; i--) {
        if (lines.get(i).startsWith("## ")) {
          section = lines.get(i);
          break;
        }
      }
      if (section.equals("## Reading a report") && block.language().equals("text")) {
        blocks.add(block);
      }
    }
    return blocks;
  }

  @Test
  void everyExcerptInReadingAReportIsInTheReportItQuotes() {
    List<String> excerpts = blocksRun().stream().map(ReadmeBlocks.Block::text).toList();
    assertTrue(excerpts.size() >= 5, "too few excerpts: " + excerpts.size());

    String careLeavers = CommandRun.of("--example", "care-leavers").out();
    String fair = CommandRun.of("--example", "opportunities-fair").out();
    for (String excerpt : excerpts) {
      assertTrue(
          careLeavers.contains(excerpt) || fair.contains(excerpt),
          "not in the care-leavers or opportunities-fair report:\n" + excerpt);
    }
  }

  @Test
  void thePrincipleTheWalkthroughCallsWeakestIsTheLowestOfTheGuidesFour() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    Matcher claim =
        Pattern.compile("Here\\s+(\\w+) \\((\\d+\\.\\d)\\) is the weakest of the guide's four")
            .matcher(readme);
    assertTrue(claim.find(), "the README no longer names the guide's weakest principle");

    String careLeavers = CommandRun.of("--example", "care-leavers").out();
    Map<String, Double> guide = new LinkedHashMap<>();
    Matcher line =
        Pattern.compile(
                "(?m)^\\s+(Equality|Diversity|Accessibility|Reciprocity)\\s+(\\d+\\.\\d)\\s")
            .matcher(careLeavers);
    while (line.find()) {
      // The first four are the principles section; later sections repeat the names.
      guide.putIfAbsent(line.group(1).toLowerCase(Locale.ROOT), Double.parseDouble(line.group(2)));
    }
    assertEquals(4, guide.size(), guide.toString());
    assertEquals(Double.valueOf(claim.group(2)), guide.get(claim.group(1)), guide.toString());
    assertEquals(Collections.min(guide.values()), guide.get(claim.group(1)), guide.toString());
  }
}
