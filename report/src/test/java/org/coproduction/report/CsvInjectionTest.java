package org.coproduction.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ChecklistItem;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * A statement that a spreadsheet would run as a formula reaches the CSV report as text: a single
 * quote in front of every cell that starts with one of the characters OWASP's CSV-injection
 * guidance names, and numbers left as numbers.
 */
class CsvInjectionTest {
  static final List<String> DANGEROUS =
      List.of(
          "=HYPERLINK(\"http://example.invalid\",\"Click\")",
          "+1+cmd|' /C calc'!A0",
          "-2+3",
          "@SUM(1+1)*cmd|' /C calc'!A0",
          "\t=1+1",
          "\r=1+1");

  static List<Map<String, String>> readCsv(String csv) {
    try (MappingIterator<Map<String, String>> rows =
        new CsvMapper()
            .readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(csv)) {
      return rows.readAll();
    }
  }

  /** The built-in checklist with its first statements replaced by the given ones. */
  static Checklist withStatements(Checklist checklist, List<String> statements) {
    List<ChecklistItem> items = new ArrayList<>();
    for (int i = 0; i < checklist.items().size(); i++) {
      ChecklistItem item = checklist.items().get(i);
      items.add(
          i < statements.size()
              ? ChecklistItem.copyOf(item).statement(statements.get(i)).build()
              : item);
    }
    return Checklist.builder().from(checklist).items(items).build();
  }

  @Test
  void aStatementStartingWithAFormulaCharacterGetsAQuoteInFront() {
    Evaluation example = BundledExamples.load("care-leavers");
    Checklist dangerous = withStatements(example.checklistInUse(), DANGEROUS);
    EvaluationReport report = Evaluator.evaluate(example);
    List<Map<String, String>> rows = readCsv(CsvReport.render(report, dangerous));
    for (int i = 0; i < DANGEROUS.size(); i++) {
      String itemId = dangerous.items().get(i).id();
      String expected = "'" + DANGEROUS.get(i);
      long found =
          rows.stream()
              .filter(row -> row.get("item_id").equals(itemId))
              .peek(row -> assertEquals(expected, row.get("statement"), itemId))
              .count();
      assertTrue(found > 0, "no rows for " + itemId);
    }
  }

  @Test
  void numbersAndOrdinaryTextAreWrittenAsTheyAre() {
    assertEquals("-12.5", CsvCells.safe("-12.5"));
    assertEquals("-3", CsvCells.safe("-3"));
    assertEquals("100", CsvCells.safe("100"));
    assertEquals("", CsvCells.safe(""));
    assertEquals("Costs paid", CsvCells.safe("Costs paid"));
    assertEquals("a=b", CsvCells.safe("a=b"));
    assertEquals("'-12.5 pounds", CsvCells.safe("-12.5 pounds"));
    assertEquals("'+12", CsvCells.safe("+12"));
    assertEquals("'-", CsvCells.safe("-"));
    assertEquals("'-1e5", CsvCells.safe("-1e5"));
  }

  @Test
  void aReportWithoutFormulaCharactersIsWrittenAsBefore() {
    EvaluationReport report = Evaluator.evaluate(BundledExamples.load("care-leavers"));
    for (Map<String, String> row : readCsv(CsvReport.render(report))) {
      for (String cell : row.values()) {
        assertTrue(cell.isEmpty() || cell.charAt(0) != '\'', "a quote was added: " + cell);
      }
    }
  }
}
