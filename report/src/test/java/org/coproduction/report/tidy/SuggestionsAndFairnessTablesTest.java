package org.coproduction.report.tidy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.coproduction.checklist.records.RecordCheckSettings;
import org.coproduction.report.BundledExamples;
import org.coproduction.report.Evaluation;
import org.coproduction.report.EvaluationReport;
import org.coproduction.report.Evaluator;
import org.coproduction.report.ReportSettings;
import org.coproduction.report.SarifReport;
import org.coproduction.report.SuggestionFeedback;
import org.coproduction.scoring.ScoringSettings;
import org.coproduction.scoring.fairness.GroupReciprocity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "You said, we did, or why not" in the tidy suggestions table and in SARIF, and the fairness
 * section's table with hours as numbers: both show what the report shows and nothing more.
 */
class SuggestionsAndFairnessTablesTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  static List<String> examples() {
    return BundledExamples.names();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everySuggestionIsOneRowAndNoCellIsAParticipantId(String example) {
    Evaluation evaluation = BundledExamples.load(example);
    EvaluationReport report = Evaluator.evaluate(evaluation);
    List<List<String>> rows = cells(TidyCsv.suggestions(report), TidyCsv.SUGGESTION_COLUMNS);
    assertEquals(report.youSaidWeDid().size(), rows.size());
    Set<String> people = evaluation.initiative().participantIds();
    for (List<String> row : rows) {
      for (String cell : row) {
        assertFalse(people.contains(cell), example + " names participant " + cell);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void theSarifRunCarriesEachSuggestionWithoutAParticipantId(String example) {
    Evaluation evaluation = BundledExamples.load(example);
    EvaluationReport report = Evaluator.evaluate(evaluation);
    JsonNode lines =
        JSON.readTree(SarifReport.render(report))
            .get("runs")
            .get(0)
            .get("properties")
            .get("youSaidWeDid");
    assertEquals(report.youSaidWeDid().size(), lines.size());
    Set<String> people = evaluation.initiative().participantIds();
    for (int i = 0; i < lines.size(); i++) {
      JsonNode line = lines.get(i);
      SuggestionFeedback expected = report.youSaidWeDid().get(i);
      assertEquals(expected.suggestionId(), line.get("suggestionId").stringValue());
      assertEquals(expected.outcome().name(), line.get("outcome").stringValue());
      assertEquals(
          expected.interestGroup().map(Enum::name).orElse(null),
          line.has("interestGroup") ? line.get("interestGroup").stringValue() : null);
      for (JsonNode value : line.values()) {
        assertFalse(people.contains(value.asString()), example + " names " + value);
      }
    }
  }

  @Test
  void aGroupTooSmallToNameIsNamedNeitherInTheTableNorInSarif() {
    Evaluation evaluation = BundledExamples.load("care-leavers");
    EvaluationReport named = Evaluator.evaluate(evaluation);
    assertTrue(
        named.youSaidWeDid().stream().anyMatch(l -> l.interestGroup().isPresent()),
        "with k = 3 the care leavers' report names some groups, so the check below can fail");
    // With k above the number of people in the initiative, every group is too small to name.
    int k = evaluation.initiative().participantIds().size() + 1;
    EvaluationReport hidden =
        Evaluator.evaluate(
            evaluation,
            RecordCheckSettings.defaults(),
            ScoringSettings.builder().minimumGroupSize(k).build(),
            ReportSettings.defaults());
    int group = TidyCsv.SUGGESTION_COLUMNS.indexOf("interest_group");
    List<List<String>> rows = cells(TidyCsv.suggestions(hidden), TidyCsv.SUGGESTION_COLUMNS);
    assertFalse(rows.isEmpty());
    for (List<String> row : rows) {
      assertEquals("", row.get(group), "suggestion " + row.get(3));
    }
    JsonNode lines =
        JSON.readTree(SarifReport.render(hidden))
            .get("runs")
            .get(0)
            .get("properties")
            .get("youSaidWeDid");
    for (JsonNode line : lines.values()) {
      assertFalse(line.has("interestGroup"), line.toString());
    }
  }

  @Test
  void theTableNamesAGroupExactlyWhereTheReportDoes() {
    EvaluationReport report = Evaluator.evaluate(BundledExamples.load("care-leavers"));
    List<SuggestionRow> rows = TidySuggestions.rows(report);
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(report.youSaidWeDid().get(i).interestGroup(), rows.get(i).interestGroup());
      assertEquals(report.latest().reviewRoundId(), rows.get(i).roundId());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void hoursAreTheFairnessSectionsDurationsInDecimalHours(String example) {
    EvaluationReport report = Evaluator.evaluate(BundledExamples.load(example));
    List<List<String>> rows = cells(TidyCsv.fairness(report), TidyCsv.FAIRNESS_COLUMNS);
    if (report.fairness().isEmpty()) {
      assertTrue(rows.isEmpty());
      return;
    }
    List<GroupReciprocity> groups = report.fairness().get().groups();
    assertEquals(groups.size() + 1, rows.size(), "one row per group and one for everybody");
    int hours = TidyCsv.FAIRNESS_COLUMNS.indexOf("hours_given");
    int people = TidyCsv.FAIRNESS_COLUMNS.indexOf("people");
    int status = TidyCsv.FAIRNESS_COLUMNS.indexOf("status");
    for (int i = 0; i < groups.size(); i++) {
      GroupReciprocity g = groups.get(i);
      List<String> row = rows.get(i);
      assertEquals(g.group().name(), row.get(TidyCsv.FAIRNESS_COLUMNS.indexOf("group")));
      if (g.suppressed().isPresent()) {
        assertEquals("SUPPRESSED", row.get(status));
        assertEquals("", row.get(people), "a hidden group's head count is never shown");
        assertEquals("", row.get(hours));
      } else {
        assertEquals("SHOWN", row.get(status));
        double expected = g.hoursGiven().orElseThrow().toSeconds() / 3600.0;
        assertEquals(expected, Double.parseDouble(row.get(hours)), 0.005, g.group().name());
        int count = Integer.parseInt(row.get(people));
        assertTrue(count >= 3, "a shown group has at least k people: " + count);
      }
    }
    assertEquals(TidyCsv.ALL_RATERS, rows.get(groups.size()).get(3));
  }

  @Test
  void ninetyMinutesIsOneAndAHalfHours() {
    assertEquals("1.50", TidyCsv.hours(java.time.Duration.ofMinutes(90)));
    assertEquals("0.33", TidyCsv.hours(java.time.Duration.ofMinutes(20)));
    assertEquals("0.00", TidyCsv.hours(java.time.Duration.ZERO));
  }

  /** Splits the CSV, which holds only ids, codes and numbers, so no cell is quoted. */
  private static List<List<String>> cells(String csv, List<String> columns) {
    List<String> lines = csv.lines().toList();
    assertEquals(String.join(",", columns), lines.get(0));
    List<List<String>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> row = Arrays.asList(line.split(",", -1));
      assertEquals(columns.size(), row.size(), line);
      rows.add(row);
    }
    return rows;
  }
}
