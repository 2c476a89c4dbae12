package org.coproduction.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.checklist.records.RecordChecks;
import org.coproduction.core.Documents;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.report.Evaluation;
import org.coproduction.scoring.ScoreReport;
import org.coproduction.scoring.Scoring;
import org.coproduction.scoring.flags.RedFlag;
import org.coproduction.scoring.ladder.Ladders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedding example in the README, kept here so it cannot rot: the test runs it on a bundled
 * example's files, and checks that the README shows exactly these lines.
 */
class EmbeddingExampleTest {
  static void embed(Path dir, PrintStream out) throws IOException {
    // embedding-example:start
    Initiative initiative = Documents.read(dir.resolve("initiative.json"), Initiative.class);
    List<ResponseSet> answers = new ArrayList<>();
    try (var files = Files.list(dir.resolve("answers"))) {
      for (Path file : files.sorted().toList()) {
        answers.add(Documents.read(file, ResponseSet.class));
      }
    }
    Checklist checklist = BuiltInChecklist.get();
    List<RecordAnswer> fromRecords = RecordChecks.answer(initiative);
    ScoreReport report = Scoring.score(checklist, answers, fromRecords);
    out.println(report.overall().reason());
    for (RedFlag flag : report.redFlags()) {
      out.println(flag.severity() + ": " + flag.itemId());
    }
    Ladders.assess(initiative)
        .overClaimedStages()
        .forEach(stage -> out.println("claims more than its records show: " + stage));
    // embedding-example:end
  }

  @Test
  void theEmbeddingExampleRunsOnABundledExample(@TempDir Path dir) throws IOException {
    Evaluation evaluation = Examples.load("practising-what-they-preach");
    Files.writeString(dir.resolve("initiative.json"), Documents.write(evaluation.initiative()));
    Files.createDirectory(dir.resolve("answers"));
    for (ResponseSet answers : evaluation.responses()) {
      Files.writeString(
          dir.resolve("answers").resolve(answers.id() + ".json"), Documents.write(answers));
    }
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    embed(dir, new PrintStream(printed, true, StandardCharsets.UTF_8));
    String output = printed.toString(StandardCharsets.UTF_8);
    assertTrue(output.contains("CRITICAL: "), output);
    assertTrue(output.contains("claims more than its records show: "), output);
  }

  @Test
  void theReadmeShowsExactlyTheseLines() throws IOException {
    String source =
        Files.readString(
            Path.of("src/test/java/org/coproduction/examples/EmbeddingExampleTest.java"));
    String readme = Files.readString(Path.of("../README.md"));
    assertEquals(
        between(source, "// embedding-example:start", "// embedding-example:end"),
        between(readme, "```java embedding-example", "```"));
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    assertTrue(from >= 0, "missing " + start);
    from = text.indexOf('\n', from) + 1;
    int to = text.indexOf(end, from);
    return text.substring(from, to)
        .lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty())
        // The README's block names its imports; the method above has them at the file's top.
        .filter(l -> !l.startsWith("import "))
        .collect(Collectors.joining("\n"));
  }
}
