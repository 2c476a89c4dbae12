package org.coproduction.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's "Fuzzing" section tells a contributor which readers are fuzzed, where each fuzz
 * test's committed inputs are and how long one input may take. Its table must list exactly the
 * {@code @FuzzTest} methods the test sources hold, with their modules and timeouts, and its counts
 * and duration must be theirs: a fuzz test added, removed, renamed or re-timed without its row
 * fails here.
 */
class ReadmeFuzzingTest {
  private static final Path ROOT = Path.of("..");

  // A table row: | `module`: `ClassFuzzTest` | `method` | reader | 10 s | also checks |
  private static final Pattern ROW =
      Pattern.compile("^\\| `(\\w+)`: `(\\w+FuzzTest)` \\| `(\\w+)` \\| .*? \\| (\\d+) s \\|");

  // In a source file: @FuzzTest(maxDuration = "2m") @Timeout(10) void name(
  private static final Pattern TARGET =
      Pattern.compile(
          "@FuzzTest\\(maxDuration = \"(\\w+)\"\\)\\s+@Timeout\\((\\d+)\\)\\s+void (\\w+)\\(");

  private static final Comparator<Target> ORDER = Comparator.comparing(Target::toString);

  private static final Pattern ANNOTATED = Pattern.compile("(?m)^\\s*@FuzzTest\\b");

  private static final Pattern IMPORTS_FUZZ_TEST =
      Pattern.compile("(?m)^import com\\.code_intelligence\\.jazzer\\.junit\\.FuzzTest;$");

  /** One {@code @FuzzTest} method, as the README's table row and the sources both describe it. */
  private record Target(String module, String fuzzTest, String method, int timeoutSeconds) {
    @Override
    public String toString() {
      return module + ": " + fuzzTest + "." + method + " (" + timeoutSeconds + " s)";
    }
  }

  @Test
  void theTableListsEveryFuzzTestWithItsModuleMethodAndTimeout() throws IOException {
    Set<Target> sources = inSources();
    Set<Target> readme = inReadme();
    Set<Target> unlisted = new TreeSet<>(ORDER);
    unlisted.addAll(sources);
    unlisted.removeAll(readme);
    Set<Target> stale = new TreeSet<>(ORDER);
    stale.addAll(readme);
    stale.removeAll(sources);
    assertTrue(unlisted.isEmpty(), "fuzz tests the README's table lacks or misstates: " + unlisted);
    assertTrue(stale.isEmpty(), "rows of the README's table no test matches: " + stale);
  }

  @Test
  void everyFuzzTestReplaysCommittedInputsFromTheFolderTheReadmeNames() throws IOException {
    for (Target t : inReadme()) {
      Path inputs =
          ROOT.resolve(t.module())
              .resolve("src/test/resources/org/coproduction")
              .resolve(t.module())
              .resolve("fuzz")
              .resolve(t.fuzzTest() + "Inputs")
              .resolve(t.method());
      assertTrue(Files.isDirectory(inputs), "no inputs folder " + inputs + " for " + t);
      try (Stream<Path> files = Files.list(inputs)) {
        List<String> names = files.map(p -> p.getFileName().toString()).toList();
        assertTrue(names.stream().anyMatch(n -> n.startsWith("valid-")), t + " has no valid input");
        assertTrue(names.stream().anyMatch(n -> n.startsWith("broken-")), t + " has no broken one");
      }
    }
  }

  @Test
  void theCountsAndTheDurationInTheTextAreTheSources() throws IOException {
    String section = section().replaceAll("\\s+", " ");
    Set<Target> targets = inSources();
    Matcher counts =
        Pattern.compile("(\\d+) fuzz targets \\(`@FuzzTest` methods\\) in (\\d+) classes")
            .matcher(section);
    assertTrue(counts.find(), "the section says how many fuzz tests there are");
    assertEquals(targets.size(), Integer.parseInt(counts.group(1)), "targets");
    long classes = targets.stream().map(t -> t.module() + t.fuzzTest()).distinct().count();
    assertEquals(classes, Long.parseLong(counts.group(2)), "classes");
    String modules =
        targets.stream().map(t -> "`" + t.module() + "`").distinct().sorted().toList().toString();
    assertTrue(
        section.contains("in the modules " + modules.substring(1, modules.length() - 1)),
        "the section names the modules " + modules);

    Matcher duration =
        Pattern.compile("`@FuzzTest\\(maxDuration = \"(\\w+)\"\\)`").matcher(section);
    assertTrue(duration.find(), "the section says how long a fuzzing run lasts");
    for (Path file : fuzzTestSources()) {
      Matcher m = TARGET.matcher(Files.readString(file));
      while (m.find()) {
        assertEquals(duration.group(1), m.group(1), file + " " + m.group(3));
      }
    }
  }

  private static Set<Target> inReadme() throws IOException {
    Set<Target> rows = new TreeSet<>(ORDER);
    for (String line : section().split("\n")) {
      Matcher m = ROW.matcher(line);
      if (m.find()) {
        assertTrue(
            rows.add(new Target(m.group(1), m.group(2), m.group(3), Integer.parseInt(m.group(4)))),
            "listed twice: " + line);
      }
    }
    assertFalse(rows.isEmpty(), "the Fuzzing section has no table of fuzz tests");
    return rows;
  }

  private static Set<Target> inSources() throws IOException {
    Set<Target> found = new TreeSet<>(ORDER);
    for (Path file : fuzzTestSources()) {
      String source = Files.readString(file);
      String module = ROOT.relativize(file).getName(0).toString();
      String fuzzTest = file.getFileName().toString().replace(".java", "");
      assertTrue(
          source.startsWith("package org.coproduction." + module + ".fuzz;"),
          file + " is not in its module's fuzz package");
      Matcher m = TARGET.matcher(source);
      int targets = 0;
      while (m.find()) {
        found.add(new Target(module, fuzzTest, m.group(3), Integer.parseInt(m.group(2))));
        targets++;
      }
      assertEquals(
          count(ANNOTATED, source),
          targets,
          file + ": every @FuzzTest sets maxDuration and a @Timeout, in that order");
    }
    return found;
  }

  private static int count(Pattern pattern, String text) {
    return (int) pattern.matcher(text).results().count();
  }

  /** Every test source file of every module that uses {@code @FuzzTest}. */
  private static List<Path> fuzzTestSources() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> modules = Files.list(ROOT)) {
      for (Path module :
          modules.filter(m -> Files.isDirectory(m.resolve("src/test/java"))).toList()) {
        try (Stream<Path> walk = Files.walk(module.resolve("src/test/java"))) {
          for (Path file : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
            if (IMPORTS_FUZZ_TEST.matcher(Files.readString(file)).find()) {
              files.add(file);
            }
          }
        }
      }
    }
    assertFalse(files.isEmpty(), "no fuzz tests found under " + ROOT.toAbsolutePath());
    return files.stream().sorted().collect(Collectors.toList());
  }

  private static String section() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    int from = readme.indexOf("\n## Fuzzing\n");
    assertTrue(from >= 0, "README has no Fuzzing section");
    int to = readme.indexOf("\n## ", from + 1);
    return readme.substring(from, to < 0 ? readme.length() : to);
  }
}
