package org.coproduction.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.coproduction.core.Documents;
import org.coproduction.report.Evaluation;

/**
 * The folder a README reader runs its commands in, holding the files the commands name as the
 * reader's own ({@code my-evaluation.json}, {@code projects/}, a survey export and so on), made
 * from the bundled examples. Some hold the very problems the README says the commands report, so
 * the quoted messages can be compared: {@link #FLAWED} names them.
 */
final class ReadmeWorkspace {
  /**
   * Inputs with a problem in them, which make a command end with exit code 2: {@code projects/}
   * holds {@code broken.json}, the last line of {@code survey-2025.jsonl} is not a valid
   * evaluation, two rows of {@code export.csv} cannot be read, and {@code my.json} is the exit-code
   * table's example.
   */
  static final Set<String> FLAWED =
      Set.of("projects/", "survey-2025.jsonl", "export.csv", "my.json");

  /** Valid evaluations in {@code projects/}, beside {@code broken.json}. */
  static final int PROJECTS = 4;

  /** Lines of {@code survey-2025.jsonl}, the last of them not a valid evaluation. */
  static final int SURVEY_LINES = 3;

  private ReadmeWorkspace() {}

  /** Writes the reader's files into {@code dir}. */
  static void fill(Path dir) throws IOException {
    List<String> names = Examples.names();
    Evaluation careLeavers = Examples.load("care-leavers");
    Evaluation club = Examples.load("dementia-club");

    Files.writeString(dir.resolve("my-evaluation.json"), Documents.write(careLeavers));
    Files.writeString(dir.resolve("my.json"), withNegativeNotice(careLeavers));

    Path projects = Files.createDirectories(dir.resolve("projects"));
    for (int i = 1; i <= PROJECTS; i++) {
      Evaluation project = renamed(names.get(i % names.size()), String.format("project-%02d", i));
      Files.writeString(projects.resolve(project.id() + ".json"), Documents.write(project));
    }
    Files.writeString(
        projects.resolve("broken.json"),
        Documents.write(careLeavers).replaceFirst(",\n  \"title\" : \"[^\"]*\"\n", "\n"));

    List<String> lines = new ArrayList<>();
    for (int i = 1; i < SURVEY_LINES; i++) {
      lines.add(oneLine(Documents.write(renamed(names.get(i % names.size()), "survey-" + i))));
    }
    lines.add(oneLine(withNegativeNotice(renamed("care-leavers", "survey-" + SURVEY_LINES))));
    Files.writeString(dir.resolve("survey-2025.jsonl"), String.join("\n", lines) + "\n");

    Files.writeString(dir.resolve("export.csv"), Examples.sampleSurveyExport());
    Files.writeString(dir.resolve("mapping.json"), Documents.write(Examples.sampleSurveyMapping()));
    Files.writeString(dir.resolve("initiative.json"), Documents.write(club.initiative()));
    Files.writeString(dir.resolve("ledger.json"), Documents.write(club.ledger().orElseThrow()));

    // Commands the README runs from the repository's root name bundled files by their path there.
    Path resources = Path.of("src", "main", "resources");
    try (Stream<Path> files = Files.walk(resources)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path copy = dir.resolve("examples").resolve(file.toString());
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy);
      }
    }
  }

  /**
   * An evaluation whose third meeting says it gave -3 days' notice: the example of a refusal the
   * README quotes in the exit-code table and for a bad line of a JSON-lines file.
   */
  static String withNegativeNotice(Evaluation evaluation) {
    return negativeNotice(Documents.write(evaluation));
  }

  /** The same as {@link #withNegativeNotice(Evaluation)}, for an initiative alone. */
  static String initiativeWithNegativeNotice(Evaluation evaluation) {
    return negativeNotice(Documents.write(evaluation.initiative()));
  }

  private static String negativeNotice(String json) {
    int third = nthIndex(json, "\"noticeDays\" : ", json.indexOf("\"meetings\""), 3);
    int end = json.indexOf(',', third);
    return json.substring(0, third) + "\"noticeDays\" : -3" + json.substring(end);
  }

  private static int nthIndex(String text, String what, int from, int n) {
    int at = from;
    for (int i = 0; i < n; i++) {
      at = text.indexOf(what, at + 1);
      if (at < 0) {
        throw new IllegalStateException("fewer than " + n + " of " + what);
      }
    }
    return at;
  }

  /** A bundled example under another id, with its action plan (if any) answering that id. */
  private static Evaluation renamed(String example, String id) {
    String json =
        Documents.write(Examples.load(example))
            .replaceFirst("\"id\" : \"" + example + "\"", "\"id\" : \"" + id + "\"")
            .replace("\"evaluationId\" : \"" + example + "\"", "\"evaluationId\" : \"" + id + "\"");
    return Documents.read(json, Evaluation.class);
  }

  private static String oneLine(String json) {
    return json.replaceAll("\\s*\\n\\s*", " ");
  }
}
