package org.coproduction.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's module map tells a newcomer which class holds each scoring rule and each report
 * section. A class that is renamed or removed must take its row with it, or this test fails.
 */
class ReadmeModuleMapTest {
  // A class named in a table cell: `Name`, `package/Name` or `Name.member`.
  private static final Pattern CLASS =
      Pattern.compile("`(?:[a-z/]+/)?([A-Z][A-Za-z]+)(?:\\.\\w+)?`");

  @Test
  void everyScoringRuleClassInTheMapExists() throws IOException {
    assertNamedClassesExist("### Where each scoring rule lives", Path.of("../scoring/src/main"));
  }

  @Test
  void everyReportSectionClassInTheMapExists() throws IOException {
    assertNamedClassesExist("### Where each report section is built", Path.of("src/main"));
  }

  private static void assertNamedClassesExist(String heading, Path sources) throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    int from = readme.indexOf(heading);
    assertTrue(from >= 0, "README has no section " + heading);
    int to = readme.indexOf("\n#", from + heading.length());
    List<String> named = new ArrayList<>();
    for (String line : readme.substring(from, to < 0 ? readme.length() : to).split("\n")) {
      if (!line.startsWith("| ") || line.startsWith("| rule") || line.startsWith("| section")) {
        continue;
      }
      String lastCell = line.substring(line.lastIndexOf('|', line.length() - 2));
      Matcher m = CLASS.matcher(lastCell);
      while (m.find()) {
        named.add(m.group(1));
      }
    }
    assertFalse(named.isEmpty(), "the table under " + heading + " names no class");
    List<String> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.map(p -> p.getFileName().toString()).toList();
    }
    for (String name : named) {
      assertTrue(
          files.contains(name + ".java"),
          "README names " + name + " under '" + heading + "' but there is no such class");
    }
  }
}
