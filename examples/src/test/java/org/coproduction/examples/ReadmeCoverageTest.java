package org.coproduction.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coproduction.examples.ReadmeBlocks.Block;
import org.junit.jupiter.api.Test;

/**
 * Every fenced block of both READMEs is run or compared by some test, or says, just above its
 * fence, why it cannot run ({@code <!-- not run: the reason -->}). A new block that no test covers
 * fails here with its README and line, so the README cannot quietly gain an example nobody checks.
 *
 * <p>Each test that runs blocks names the ones it runs ({@code blocksRun()}); this test checks
 * their union. Tests in the modules below {@code examples} cannot see {@link ReadmeBlocks}, so the
 * few blocks they check are listed in {@link #OTHER_MODULES} by their first line, with the test.
 */
class ReadmeCoverageTest {
  /**
   * Blocks a test in another module checks, by the start of their first line, with that test's
   * source file (from the project's folder) and the method that reads the README.
   */
  static final Map<String, String[]> OTHER_MODULES =
      Map.of(
          "Jackson's annotations (com.fasterxml.jackson.core:jackson-annotations)",
          new String[] {
            "core/src/test/java/org/coproduction/core/internal/json/JacksonAnnotationsTest.java",
            "theReadmeQuotesTheRefusalWordForWord"
          });

  /** The test in another module that checks this block, when one does. */
  static Optional<String> checkedInAnotherModule(Block block) {
    String first = block.text().lines().findFirst().orElse("");
    return OTHER_MODULES.entrySet().stream()
        .filter(e -> first.startsWith(e.getKey()))
        .map(e -> e.getValue()[0])
        .findFirst();
  }

  /** Every block some test runs or compares. */
  private static Set<Block> covered() {
    Set<Block> covered = new HashSet<>();
    covered.addAll(ReadmeCommandBlocksTest.blocksRun());
    covered.addAll(ReadmeWalkthroughTest.blocksRun());
    covered.addAll(ReadmeJavaBlocksTest.blocksRun());
    covered.addAll(ReadmeJsonBlocksTest.blocksRun());
    covered.addAll(ReadmeXmlBlocksTest.blocksRun());
    for (Block block : ReadmeBlocks.all()) {
      if (checkedInAnotherModule(block).isPresent()) {
        covered.add(block);
      }
    }
    return covered;
  }

  @Test
  void everyBlockIsRunByATestOrSaysWhyNot() {
    Set<Block> covered = covered();
    List<String> uncovered = new ArrayList<>();
    for (Block block : ReadmeBlocks.all()) {
      if (block.notRun().isEmpty() && !covered.contains(block)) {
        uncovered.add(block.where() + " (```" + block.info() + ")");
      }
    }
    assertEquals(
        List.of(),
        uncovered,
        "blocks no test runs: run them in a test, or mark them <!-- not run: why --> above the"
            + " fence");
  }

  @Test
  void aBlockMarkedNotRunSaysWhy() {
    for (Block block : ReadmeBlocks.all()) {
      block
          .notRun()
          .ifPresent(
              why ->
                  assertTrue(
                      why.split(" ").length >= 4, block.where() + ": say why it cannot run"));
    }
  }

  @Test
  void theBlocksOtherModulesCheckAreInTheReadmeAndTheirTestsExist() throws Exception {
    for (var entry : OTHER_MODULES.entrySet()) {
      long blocks =
          ReadmeBlocks.all().stream().filter(b -> b.text().startsWith(entry.getKey())).count();
      assertEquals(1, blocks, "one README block starts " + entry.getKey());
      String test = Files.readString(Path.of("..").resolve(entry.getValue()[0]));
      assertTrue(
          test.contains("void " + entry.getValue()[1] + "(") && test.contains("README.md"),
          entry.getValue()[0] + " checks the README in " + entry.getValue()[1]);
    }
  }
}
