package org.coproduction.checklist.records;

import static org.coproduction.checklist.records.RecordFixtures.good;
import static org.coproduction.checklist.records.RecordFixtures.meeting;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.people.AccessNeed;
import org.junit.jupiter.api.Test;

/**
 * The README ("Answer the record-based items from an initiative's records") shows what its loop
 * over {@code RecordChecks.answer} prints "for example": each item it quotes, with its evidence
 * lines, must be printed exactly so for records with a meeting given two days' notice and a venue
 * that does not meet an attendee's access needs.
 */
class ReadmeRecordAnswersTest {
  @Test
  void theReadmesExampleIsWhatTheLoopPrints() throws IOException {
    Initiative initiative =
        meeting(
            meeting(good(), "m2", m -> m.noticeDays(2)),
            "m1",
            m -> m.venueMeets(Set.of(AccessNeed.HEARING_LOOP)));
    // The README's loop, printing into a string.
    StringBuilder printed = new StringBuilder();
    List<RecordAnswer> answers = RecordChecks.answer(initiative, RecordCheckSettings.defaults());
    for (RecordAnswer a : answers) {
      printed.append(a.itemId() + ": " + a.answer()).append('\n');
      a.evidence()
          .forEach(
              e ->
                  printed
                      .append("  " + e.kind() + " " + e.ref() + ": " + e.finding())
                      .append('\n'));
    }

    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int intro = readme.indexOf("which prints, for example,\n\n```\n");
    assertTrue(intro >= 0, "the README shows what the loop prints");
    int from = readme.indexOf("```\n", intro) + 4;
    String block = readme.substring(from, readme.indexOf("```", from));
    List<String> items = new ArrayList<>();
    for (String line : block.split("\n")) {
      if (line.startsWith(" ")) {
        items.set(items.size() - 1, items.get(items.size() - 1) + line + "\n");
      } else {
        items.add(line + "\n");
      }
    }
    assertTrue(items.size() >= 2, block);
    for (String item : items) {
      assertTrue(printed.toString().contains(item), "not printed:\n" + item + "in\n" + printed);
    }
    assertTrue(
        readme.contains("System.out.println(a.itemId() + \": \" + a.answer());")
            && readme.contains(
                "System.out.println(\"  \" + e.kind() + \" \" + e.ref() + \": \" + e.finding())"),
        "the README's loop prints what this test prints");
  }
}
