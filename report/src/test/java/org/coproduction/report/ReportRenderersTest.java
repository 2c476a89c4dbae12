package org.coproduction.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ChecklistDerivation;
import org.coproduction.checklist.ChecklistItem;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.principle.PrincipleFrameworks;
import org.coproduction.report.internal.content.Words;
import org.coproduction.scoring.PrincipleScore;
import org.coproduction.scoring.ScoreReport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The text, Markdown and CSV renderers on their own, the format names, and what the text, Markdown
 * and HTML reports must all say because they lay out one content model.
 */
class ReportRenderersTest {
  private static final EvaluationReport CARE_LEAVERS =
      Evaluator.evaluate(BundledExamples.load("care-leavers"));

  private static final String EXPENSES =
      BuiltInChecklist.get().item("expenses-and-fees").orElseThrow().statement();

  private static List<Map<String, String>> readCsv(String csv) {
    try (MappingIterator<Map<String, String>> rows =
        new CsvMapper()
            .readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(csv)) {
      return rows.readAll();
    }
  }

  @Test
  void formatsAreNamedInLowerCaseAndFoundWhateverTheCase() {
    assertEquals(
        List.of(
            "text",
            "json",
            "markdown",
            "csv",
            "html",
            "sarif",
            "easy-read-markdown",
            "easy-read-html",
            "tidy-scores",
            "tidy-flags",
            "tidy-suggestions",
            "tidy-fairness",
            "tidy-crosswalk"),
        ReportFormat.names());
    assertEquals(Optional.of(ReportFormat.CSV), ReportFormat.byName("CSV"));
    assertEquals(Optional.empty(), ReportFormat.byName("pdf"));
  }

  @Test
  void eachFormatRendersThroughItsOwnRenderer() {
    Checklist checklist = BuiltInChecklist.get();
    assertEquals(
        TextReport.render(CARE_LEAVERS), ReportFormat.TEXT.render(CARE_LEAVERS, checklist));
    assertEquals(
        MarkdownReport.render(CARE_LEAVERS), ReportFormat.MARKDOWN.render(CARE_LEAVERS, checklist));
    assertEquals(CsvReport.render(CARE_LEAVERS), ReportFormat.CSV.render(CARE_LEAVERS, checklist));
    assertTrue(
        ReportFormat.JSON
            .render(CARE_LEAVERS, checklist)
            .startsWith("{\n  \"schemaVersion\" : 1,"));
  }

  @Test
  void statementsComeFromTheChecklistTheRatersAnswered() {
    Checklist reworded =
        Checklist.builder()
            .from(BuiltInChecklist.get())
            .items(
                BuiltInChecklist.get().items().stream()
                    .map(
                        item ->
                            item.id().equals("expenses-and-fees")
                                ? ChecklistItem.copyOf(item)
                                    .statement("Costs paid, \"fees\" too,\nwhere others were paid.")
                                    .build()
                                : item)
                    .toList())
            .build();
    String csv = CsvReport.render(CARE_LEAVERS, reworded);
    Set<String> statements =
        readCsv(csv).stream()
            .filter(row -> row.get("item_id").equals("expenses-and-fees"))
            .map(row -> row.get("statement"))
            .collect(Collectors.toSet());
    // Quoted where it must be, the comma, quotes and line break survive a CSV reader.
    assertEquals(Set.of("Costs paid, \"fees\" too,\nwhere others were paid."), statements);
    // Text and Markdown keep a statement on its lines, whatever breaks it holds.
    assertTrue(
        MarkdownReport.render(CARE_LEAVERS, reworded)
            .contains("  - Costs paid, \"fees\" too, where others were paid.\n"));
  }

  @Test
  void withoutTheChecklistThatWasScoredItemIdsStandInForStatements() {
    Checklist ours =
        ChecklistDerivation.from(BuiltInChecklist.get()).derive("ours", "1.0", "Our checklist");
    Evaluation example = BundledExamples.load("care-leavers");
    Evaluation onOurs =
        Evaluation.builder()
            .from(example)
            .checklist(ours)
            .responses(
                example.responses().stream()
                    .map(r -> ResponseSet.builder().from(r).checklist(ours.ref()).build())
                    .toList())
            .build();
    EvaluationReport report = Evaluator.evaluate(onOurs);
    // Rendered without a checklist, only the built-in one is at hand, and it is not the one scored.
    assertFalse(TextReport.render(report).contains(EXPENSES));
    assertFalse(MarkdownReport.render(report).contains(EXPENSES));
    for (Map<String, String> row : readCsv(CsvReport.render(report))) {
      assertEquals("", row.get("statement"));
    }
    assertTrue(
        MarkdownReport.render(report).contains("1. **expenses-and-fees** (critical, structure)\n"));
    // Given the checklist that was scored, its wording is used.
    assertTrue(MarkdownReport.render(report, ours).contains("  - " + EXPENSES + "\n"));
  }

  @Test
  void csvHasOneRowPerItemForAllAndOnePerInterestGroupInAFixedColumnOrder() {
    EvaluationReport report = Evaluator.evaluate(BundledExamples.load("opportunities-fair"));
    String csv = CsvReport.render(report);
    assertEquals(String.join(",", CsvReport.COLUMNS), csv.substring(0, csv.indexOf('\n')));
    List<Map<String, String>> rows = readCsv(csv);
    int expected = 0;
    for (ScoreReport round : report.rounds()) {
      expected += round.items().size() * 6;
    }
    assertEquals(expected, rows.size());
    Map<String, Long> byGroup =
        rows.stream().collect(Collectors.groupingBy(r -> r.get("group"), Collectors.counting()));
    assertEquals(
        Set.of(
            "all",
            "people_who_use_services",
            "family_and_friends_who_care",
            "members_of_the_public",
            "people_who_commission_and_run_services",
            "people_who_work_in_services"),
        byGroup.keySet());
    assertEquals(
        Set.of("fair-2024", "fair-2025"),
        rows.stream().map(r -> r.get("round")).collect(Collectors.toSet()));
    for (Map<String, String> row : rows) {
      String status = row.get("status");
      if (row.get("group").equals("all")) {
        assertTrue(Set.of("conclusive", "inconclusive", "no_answers").contains(status), status);
        assertTrue(Set.of("yes", "no").contains(row.get("red_flag")));
      } else if (status.equals("suppressed")) {
        assertEquals("", row.get("score"));
        assertEquals("", row.get("yes"));
        assertTrue(row.get("note").startsWith("suppressed: "), row.get("note"));
      } else {
        assertTrue(Set.of("shown", "no_raters").contains(status), status);
        assertEquals("", row.get("note"));
      }
    }
  }

  @Test
  void markdownEscapesTextFromTheFileSoItCannotChangeTheLayout() {
    Evaluation example = BundledExamples.load("dementia-club");
    Evaluation odd =
        Evaluation.builder()
            .from(example)
            .title("Tea | *club* <b>")
            .description("# not a heading\n- not a list")
            .build();
    String markdown = MarkdownReport.render(Evaluator.evaluate(odd));
    assertTrue(
        markdown.startsWith("# Tea \\| \\*club\\* \\<b\\>\n\n\\# not a heading - not a list\n"),
        markdown);
  }

  @Test
  void withoutALedgerTheFairnessSectionSaysSo() {
    Evaluation example = BundledExamples.load("dementia-club");
    Evaluation noLedger = Evaluation.builder().from(example).ledger(Optional.empty()).build();
    String text = TextReport.render(Evaluator.evaluate(noLedger)).replaceAll("\\s+", " ");
    assertTrue(
        text.contains(
            "11. Fairness of reward ---------------------- No reciprocity ledger was kept, so who"
                + " gave time and what came back cannot be judged."),
        text);
  }

  @Test
  void textWrapsLongParagraphsButNeverBreaksAWord() {
    Evaluation example = BundledExamples.load("dementia-club");
    String longWord = "x".repeat(90);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      words.add("word" + i);
    }
    Evaluation wide =
        Evaluation.builder()
            .from(example)
            .description(String.join(" ", words) + " " + longWord + " end")
            .build();
    List<String> lines = TextReport.render(Evaluator.evaluate(wide)).lines().toList();
    assertTrue(lines.contains(longWord));
    for (String line : lines) {
      assertTrue(line.length() <= 78 || line.equals(longWord), line);
    }
  }

  @Test
  void everyFormatShowsEachFlagInEasyReadAndTheClosingNoteCitingThePostByTitle() {
    List<String> easyRead =
        CARE_LEAVERS.latest().redFlags().stream()
            .map(f -> BuiltInChecklist.get().item(f.itemId()).orElseThrow().easyRead())
            .toList();
    // Text wraps lines and HTML escapes, so each format is compared with its spacing undone.
    Map<String, String> formats =
        Map.of(
            "text", TextReport.render(CARE_LEAVERS),
            "markdown", MarkdownReport.render(CARE_LEAVERS),
            "html", HtmlReport.render(CARE_LEAVERS).replace("&#39;", "'").replace("&quot;", "\""));
    formats.forEach(
        (format, output) -> {
          String flat = output.replaceAll("\\s+", " ");
          for (String line : easyRead) {
            assertTrue(flat.contains("In easy read: " + line), format + ": " + line);
          }
          assertTrue(
              flat.contains(
                  "Made by coproduction from the evaluation 'care-leavers' with checklist"
                      + " coproduction-police 1.0."),
              format);
          assertTrue(
              flat.contains(
                  "(\"The Co-production Police and accountability\", Kevin Minier, SCIE"
                      + " Co-production Festival blog, 16 June 2016)."),
              format);
          assertFalse(flat.contains(".txt"), format + " cites a file name");
        });
  }

  @Test
  void everyFormatShowsThePrincipleScoresOfEveryFrameworkByInterestGroup() {
    // Duneane is the second framework the built-in checklist maps to: never charted, only tabled.
    List<PrincipleScore> duneane =
        CARE_LEAVERS.latest().principles().stream()
            .filter(p -> p.frameworkId().equals("duneane"))
            .toList();
    assertEquals(PrincipleFrameworks.duneane().principles().size(), duneane.size());
    String text = TextReport.render(CARE_LEAVERS).replaceAll("\\s+", " ");
    List<String> markdown = MarkdownReport.render(CARE_LEAVERS).lines().toList();
    String html = HtmlReport.render(CARE_LEAVERS);
    for (PrincipleScore p : duneane) {
      String name =
          PrincipleFrameworks.duneane().principles().stream()
              .filter(x -> x.id().equals(p.principleId()))
              .findFirst()
              .orElseThrow()
              .name();
      // Staff are the last column, and shown in this example.
      String figure =
          Words.number(
              p.score()
                  .byGroup()
                  .group(InterestGroup.PEOPLE_WHO_WORK_IN_SERVICES)
                  .value()
                  .orElseThrow());
      assertTrue(text.contains("- " + name + ": people who use services "), "text: " + name);
      assertTrue(
          text.contains("people who work in services " + figure), "text: " + name + " " + figure);
      assertTrue(
          markdown.stream()
              .anyMatch(
                  l -> l.startsWith("| " + name + " | ") && l.endsWith(" | " + figure + " |")),
          "markdown: " + name + " " + figure);
      String row = "<tr><th scope=\"row\">" + name + "</th>\n";
      String cell = "<td class=\"num\">" + figure + "</td>\n</tr>";
      boolean found = false;
      for (int at = html.indexOf(row); at >= 0; at = html.indexOf(row, at + 1)) {
        found |= html.substring(at, html.indexOf("</tr>", at) + 5).endsWith(cell);
      }
      assertTrue(found, "html: " + name + " " + figure);
    }
  }
}
