package org.coproduction.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.core.Documents;
import org.coproduction.report.survey.SurveyImport;
import org.coproduction.report.survey.SurveyImporter;
import org.coproduction.report.survey.SurveyMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionnaireCommandTest {
  @Test
  void theFormForTheBuiltInChecklistGoesToStandardOutput() {
    CommandRun run = run("--initiative", "day-centre-redesign", "--round", "round-2");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().startsWith("<!DOCTYPE html>"));
    assertTrue(run.out().contains("<form id=\"questionnaire\""));
    assertTrue(run.out().contains("\"reviewRoundId\":\"round-2\""));
  }

  @Test
  void anExampleGivesItsChecklistAndInitiativeAndThePrintPageGoesToAFile(@TempDir Path dir)
      throws Exception {
    Path page = dir.resolve("paper.html");
    CommandRun run =
        run("--example", "care-leavers", "--kind", "print", "--output", page.toString());
    assertEquals(0, run.code(), run.err());
    String html = Files.readString(page);
    assertTrue(html.contains("Please tick one box"));
    String initiative = Examples.load("care-leavers").initiative().id();
    assertTrue(html.contains("about " + initiative), html);
  }

  @Test
  void theTemplateIsAHeaderAndAMappingThatReadsIt(@TempDir Path dir) throws Exception {
    Path folder = dir.resolve("survey");
    CommandRun run =
        run("--initiative", "club-2026", "--kind", "template", "--output", folder.toString());
    assertEquals(0, run.code(), run.err());
    SurveyMapping mapping =
        Documents.read(folder.resolve(QuestionnaireCommand.TEMPLATE_MAPPING), SurveyMapping.class);
    assertEquals("club-2026", mapping.initiativeId());
    assertEquals(Optional.empty(), mapping.reviewRoundId());
    String header = Files.readString(folder.resolve(QuestionnaireCommand.TEMPLATE_CSV));
    SurveyImport empty =
        SurveyImporter.read(new StringReader(header), mapping, BuiltInChecklist.get());
    assertEquals(0, empty.rowsRead());
  }

  @Test
  void aWrongCommandLineSaysWhatIsWrongWithCode64(@TempDir Path dir) {
    assertEquals(64, run("--initiative", "x", "--kind", "poster").code());
    CommandRun noInitiative = run();
    assertEquals(64, noInitiative.code());
    assertTrue(noInitiative.err().contains("--initiative is needed"), noInitiative.err());
    CommandRun noFolder = run("--initiative", "x", "--kind", "template");
    assertEquals(64, noFolder.code());
    assertTrue(noFolder.err().contains("give --output with a folder"), noFolder.err());
    CommandRun badId = run("--initiative", "not an id");
    assertEquals(64, badId.code());
    assertTrue(badId.err().startsWith("questionnaire: --initiative: must be an id"), badId.err());
  }

  @Test
  void aMissingChecklistFileGivesCode2AndNamesIt(@TempDir Path dir) {
    Path missing = dir.resolve("nothing.json");
    CommandRun run = run(missing.toString(), "--initiative", "x");
    assertEquals(2, run.code());
    assertEquals(List.of("questionnaire: " + missing + ": no such file or folder"), run.errLines());
  }

  @Test
  void aChecklistFileIsAsked(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("checklist.json");
    Files.writeString(file, Documents.write(BuiltInChecklist.get()));
    CommandRun run = run(file.toString(), "--initiative", "x");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains(BuiltInChecklist.get().items().get(0).id()));
  }

  @Test
  void theVersionNamesThisCommand() {
    CommandRun run = run("--version");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().startsWith("questionnaire (coproduction) "), run.out());
  }

  @Test
  void anUnknownOptionIsNamedWithTheNearestAndEveryOption() {
    CommandRun run = run("--ouput", "form.html", "--initiative", "x");
    assertEquals(64, run.code(), run.err());
    String first = run.err().lines().findFirst().orElse("");
    assertTrue(
        first.startsWith("questionnaire: there is no option --ouput (did you mean --output?);"),
        first);
    assertTrue(first.contains("the options are ") && first.contains("--instrument"), first);
  }

  private static CommandRun run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        QuestionnaireCommand.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new CommandRun(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
