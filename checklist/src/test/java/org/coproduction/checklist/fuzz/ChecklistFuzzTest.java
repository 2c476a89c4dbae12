package org.coproduction.checklist.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ChecklistItem;
import org.coproduction.checklist.LocaleTexts;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the Checklist reader. Without {@code JAZZER_FUZZ} this replays the committed inputs under
 * {@code src/test/resources/org/coproduction/checklist/fuzz/ChecklistFuzzTestInputs/} as ordinary
 * tests; with it, Jazzer searches for inputs that break {@link ReaderContract}. The timeout turns a
 * hang into a failure in both modes.
 *
 * <p>A checklist that reads also gives a second oracle: the locale template written from it, the
 * file a translator starts from, must read back with the same texts.
 */
class ChecklistFuzzTest {
  @FuzzTest(maxDuration = "2m")
  @Timeout(10)
  void anyTextReadsOrIsRefused(byte[] input) {
    Checklist checklist = ReaderContract.check(input, Checklist.class);
    if (checklist == null) {
      return;
    }
    LocaleTexts template = LocaleTexts.parse(checklist.language(), LocaleTexts.template(checklist));
    Map<String, String> statements = new LinkedHashMap<>();
    Map<String, String> easyReads = new LinkedHashMap<>();
    for (ChecklistItem item : checklist.items()) {
      statements.put(item.id(), oneLine(item.statement()));
      easyReads.put(item.id(), oneLine(item.easyRead()));
    }
    assertEquals(statements, template.statements(), "the template keeps every statement");
    assertEquals(easyReads, template.easyReads(), "the template keeps every easy-read text");
  }

  /** What a text becomes on one line of a locale file. */
  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
