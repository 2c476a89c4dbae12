package org.coproduction.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coproduction.core.Documents;
import org.junit.jupiter.api.Test;

/**
 * The README's table of sample survey exports ("Importing survey exports") names files that ship in
 * this module, each with the mapping settings the table says it has.
 */
class ReadmeSurveySamplesTest {
  private static final Pattern ROW =
      Pattern.compile("\n\\| [^|]+ \\| `([\\w.-]+)` \\| ([^|\n]+) \\|");
  private static final Pattern SETTING = Pattern.compile("`\"(\\w+)\": (\"?[\\w ]+\"?)`");

  @Test
  void everySampleInTheTableShipsWithTheMappingSettingsItNames() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int from = readme.indexOf("\n## Importing survey exports\n");
    assertTrue(from >= 0, "the README has a section 'Importing survey exports'");
    String section = readme.substring(from, readme.indexOf("\n## ", from + 1));
    List<String> files = new ArrayList<>();
    Matcher row = ROW.matcher(section);
    while (row.find()) {
      String file = row.group(1);
      String tool = file.substring(0, file.lastIndexOf('.'));
      files.add(tool);
      assertEquals(file, Examples.surveyToolFileName(tool), "the sample " + tool);
      try (InputStream export = Examples.openSurveyToolExport(tool)) {
        assertTrue(export.read() >= 0, file + " is not empty");
      }
      String mapping = Documents.write(Examples.surveyToolMapping(tool)).replace("\" : ", "\": ");
      Matcher setting = SETTING.matcher(row.group(2));
      while (setting.find()) {
        String pair = "\"" + setting.group(1) + "\": " + setting.group(2);
        assertTrue(mapping.contains(pair), tool + "'s mapping has " + pair);
      }
    }
    assertEquals(Examples.surveyTools(), files, "the table lists every sample, in order");
  }
}
