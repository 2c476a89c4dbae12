package org.coproduction.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ItemResponse;
import org.coproduction.checklist.LadderQuestionnaire;
import org.coproduction.checklist.RecommendationsSelfAssessment;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.Documents;
import org.coproduction.report.survey.SurveyImport;
import org.coproduction.report.survey.SurveyImporter;
import org.coproduction.report.survey.SurveyMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code questionnaire} command asks the other built-in instruments ({@code --instrument}) and
 * an instrument of one's own from its file, on their own answer scales.
 */
class QuestionnaireInstrumentTest {
  /** The bundled instrument of one's own, as the README walks through it. */
  static final Path OWN_INSTRUMENT =
      Path.of("src/main/resources/org/coproduction/examples/own-instrument/instrument.json");

  @Test
  void theRecommendationsFormAsksEveryRecommendationOnTheProgressScale() {
    CommandRun run = run("--instrument", "recommendations", "--initiative", "our-council");
    assertEquals(0, run.code(), run.err());
    Checklist self = RecommendationsSelfAssessment.get();
    assertTrue(run.out().contains("\"id\":\"" + self.id() + "\""), "the form names its checklist");
    for (String label : List.of("Not started", "Started", "On the way", "Embedded")) {
      assertTrue(run.out().contains(">" + label + "<"), label);
    }
    self.items().forEach(item -> assertTrue(run.out().contains(item.id()), item.id()));
    assertFalse(run.out().contains(">Partly<"), "no yes/partly/no answers on this instrument");
  }

  @Test
  void theLadderPrintPageOffersTheSevenRungsForEveryStage(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("ladder.html");
    CommandRun run =
        run(
            "--instrument",
            "LADDER",
            "--initiative",
            "club-2026",
            "--kind",
            "print",
            "--output",
            page.toString());
    assertEquals(0, run.code(), run.err());
    String html = Files.readString(page);
    Checklist ladder = LadderQuestionnaire.get();
    ladder.items().forEach(item -> assertTrue(html.contains(item.statement()), item.id()));
    ladder
        .scale()
        .options()
        .forEach(option -> assertTrue(html.contains(option.label()), option.label()));
  }

  @Test
  void aSurveyExportOfTheRecommendationsTemplateImportsOnTheProgressScale(@TempDir Path dir)
      throws Exception {
    Path folder = dir.resolve("survey");
    CommandRun run =
        run(
            "--instrument",
            "recommendations",
            "-i",
            "our-council",
            "--kind",
            "template",
            "-o",
            folder.toString());
    assertEquals(0, run.code(), run.err());
    SurveyMapping mapping =
        Documents.read(folder.resolve(QuestionnaireCommand.TEMPLATE_MAPPING), SurveyMapping.class);
    String header = Files.readString(folder.resolve(QuestionnaireCommand.TEMPLATE_CSV)).strip();
    // One respondent, a manager, who says every recommendation is embedded, by the scale's label.
    List<String> row = new ArrayList<>();
    for (String column : header.split("\",\"")) {
      String name = column.replace("\"", "");
      if (name.equals(mapping.roleColumn())) {
        row.add(firstWordFor(mapping, org.coproduction.core.people.Role.MANAGER));
      } else if (mapping.interestGroupColumn().orElse("").equals(name)) {
        row.add("People who commission and run services");
      } else if (mapping.items().stream().anyMatch(i -> i.column().equals(name))) {
        row.add("Embedded");
      } else if (mapping.responseIdColumn().orElse("").equals(name)) {
        row.add("r1");
      } else {
        row.add("");
      }
    }
    String csv = header + "\n\"" + String.join("\",\"", row) + "\"\n";
    Checklist self = RecommendationsSelfAssessment.get();
    SurveyImport imported = SurveyImporter.read(new StringReader(csv), mapping, self);
    assertEquals(List.of(), imported.problems());
    ResponseSet answers = imported.responses().get(0);
    assertEquals(self.items().size(), answers.answers().size());
    assertTrue(
        answers.answers().stream().map(ItemResponse::answerCode).allMatch("EMBEDDED"::equals));
  }

  @Test
  void anInstrumentOfOnesOwnIsAskedFromItsFileOnItsScale() throws Exception {
    CommandRun run = run(OWN_INSTRUMENT.toString(), "--initiative", "hillside-forum");
    assertEquals(0, run.code(), run.err());
    Checklist own = Documents.read(OWN_INSTRUMENT, Checklist.class);
    own.items().forEach(item -> assertTrue(run.out().contains(item.statement()), item.id()));
    assertTrue(run.out().contains(">Strongly disagree<"), "the agreement scale's labels");
  }

  @Test
  void oneInstrumentAtATimeAndOnlyKnownOnes() {
    CommandRun two = run(OWN_INSTRUMENT.toString(), "--instrument", "ladder", "--initiative", "x");
    assertEquals(64, two.code());
    assertEquals(
        "questionnaire: give one of a FILE, --example and --instrument, not two",
        two.err().lines().findFirst().orElseThrow());
    CommandRun unknown = run("--instrument", "police-2", "--initiative", "x");
    assertEquals(64, unknown.code());
    assertTrue(
        unknown.err().contains("the instruments are police, recommendations, ladder"),
        unknown.err());
  }

  private static String firstWordFor(SurveyMapping mapping, org.coproduction.core.people.Role r) {
    return mapping.roleWords().entrySet().stream()
        .filter(e -> e.getValue() == r)
        .map(java.util.Map.Entry::getKey)
        .findFirst()
        .orElseThrow();
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
