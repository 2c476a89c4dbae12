package org.coproduction.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ChecklistDerivation;
import org.coproduction.checklist.ChecklistItem;
import org.coproduction.checklist.Severity;
import org.coproduction.core.Documents;
import org.coproduction.core.principle.PrincipleFrameworks;
import org.coproduction.scoring.flags.RedFlag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class SarifReportTest {
  private static final Path GOLDEN =
      Path.of("src", "test", "resources", "golden", "care-leavers.sarif.json");
  private static final Path ACTUAL = Path.of("target", "golden-actual", "care-leavers.sarif.json");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Set<String> LEVELS = Set.of("error", "warning", "note");

  static List<String> examples() {
    return BundledExamples.names();
  }

  @Test
  void theCareLeaversLogMatchesItsGoldenFileByteForByte() throws IOException {
    String actual = SarifReport.render(Evaluator.evaluate(BundledExamples.load("care-leavers")));
    String golden = Files.readString(GOLDEN, StandardCharsets.UTF_8);
    if (!actual.equals(golden)) {
      Files.createDirectories(ACTUAL.getParent());
      Files.writeString(ACTUAL, actual, StandardCharsets.UTF_8);
    }
    assertEquals(
        golden,
        actual,
        "the SARIF log differs from "
            + GOLDEN
            + "; the new output is in "
            + ACTUAL
            + ": if the change is right, copy it over the golden file");
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyLogHasTheSarifEssentials(String example) {
    EvaluationReport report = Evaluator.evaluate(BundledExamples.load(example));
    Checklist checklist = BuiltInChecklist.get();
    JsonNode log = JSON.readTree(SarifReport.render(report));

    assertEquals("https://json.schemastore.org/sarif-2.1.0.json", log.get("$schema").stringValue());
    assertEquals("2.1.0", log.get("version").stringValue());
    assertEquals(1, log.get("runs").size());
    JsonNode run = log.get("runs").get(0);
    JsonNode driver = run.get("tool").get("driver");
    assertEquals("coproduction", driver.get("name").stringValue());

    // Rules: one per checklist item, in its order, each with its statement and easy read.
    JsonNode rules = driver.get("rules");
    assertEquals(checklist.items().size(), rules.size());
    List<String> ruleIds = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      JsonNode rule = rules.get(i);
      ChecklistItem item = checklist.items().get(i);
      ruleIds.add(rule.get("id").stringValue());
      assertEquals(item.id(), rule.get("id").stringValue());
      assertEquals(item.statement(), rule.get("shortDescription").get("text").stringValue());
      assertEquals(item.easyRead(), rule.get("fullDescription").get("text").stringValue());
      assertFalse(rule.get("help").get("text").stringValue().isBlank());
      assertEquals(item.area().name(), rule.get("properties").get("area").stringValue());
      assertEquals(item.severity().name(), rule.get("properties").get("severity").stringValue());
      assertEquals(
          SarifReport.level(item.severity()),
          rule.get("defaultConfiguration").get("level").stringValue());
      int relations = item.principles().values().stream().mapToInt(List::size).sum();
      assertEquals(relations, rule.get("relationships").size(), item.id());
      for (JsonNode relationship : rule.get("relationships").values()) {
        assertTaxonExists(run, relationship.get("target"));
      }
    }
    assertEquals(ruleIds.size(), new HashSet<>(ruleIds).size(), "rule ids are unique");

    // Taxonomies: the checklist's frameworks, with their principles as taxa.
    JsonNode taxonomies = run.get("taxonomies");
    assertEquals(checklist.frameworks().size(), taxonomies.size());
    for (int f = 0; f < taxonomies.size(); f++) {
      String id = checklist.frameworks().get(f).id();
      assertEquals(id, taxonomies.get(f).get("name").stringValue());
      assertEquals(
          PrincipleFrameworks.byId(id).orElseThrow().principles().size(),
          taxonomies.get(f).get("taxa").size());
      assertEquals(id, driver.get("supportedTaxonomies").get(f).get("name").stringValue());
      assertEquals(f, driver.get("supportedTaxonomies").get(f).get("index").asInt());
    }

    // Results: one per red flag, each naming a rule, with a valid explicit level and a location.
    List<RedFlag> flags = report.latest().redFlags();
    JsonNode results = run.get("results");
    assertEquals(flags.size(), results.size());
    for (int r = 0; r < results.size(); r++) {
      JsonNode result = results.get(r);
      RedFlag flag = flags.get(r);
      String ruleId = result.get("ruleId").stringValue();
      assertEquals(flag.itemId(), ruleId);
      assertTrue(ruleIds.contains(ruleId), ruleId + " is a rule");
      assertEquals(ruleId, rules.get(result.get("ruleIndex").asInt()).get("id").stringValue());
      assertTrue(LEVELS.contains(result.get("level").stringValue()), "a valid level");
      assertEquals(SarifReport.level(flag.severity()), result.get("level").stringValue());
      assertFalse(result.get("message").get("text").stringValue().isBlank());
      assertEquals(
          report.latest().initiativeId(),
          result
              .get("locations")
              .get(0)
              .get("logicalLocations")
              .get(0)
              .get("fullyQualifiedName")
              .stringValue());
      for (JsonNode taxon : result.path("taxa").values()) {
        assertTaxonExists(run, taxon);
      }
    }
  }

  @Test
  void severityMapsToAnExplicitLevel() {
    assertEquals(
        Map.of(
            Severity.CRITICAL, "error",
            Severity.SERIOUS, "error",
            Severity.MODERATE, "warning",
            Severity.MINOR, "note"),
        Map.of(
            Severity.CRITICAL, SarifReport.level(Severity.CRITICAL),
            Severity.SERIOUS, SarifReport.level(Severity.SERIOUS),
            Severity.MODERATE, SarifReport.level(Severity.MODERATE),
            Severity.MINOR, SarifReport.level(Severity.MINOR)));
  }

  @Test
  void aFlagRaisedByTheRecordsPointsAtTheMeetingsBehindIt() {
    EvaluationReport report = Evaluator.evaluate(BundledExamples.load("care-leavers"));
    JsonNode results = JSON.readTree(SarifReport.render(report)).get("runs").get(0).get("results");
    JsonNode expenses = null;
    for (JsonNode result : results.values()) {
      if (result.get("ruleId").stringValue().equals("expenses-and-fees")) {
        expenses = result;
      }
    }

    assertTrue(expenses != null, "the expenses-and-fees flag is a result");
    JsonNode first = expenses.get("relatedLocations").get(0);
    assertEquals(
        "care-leavers/meeting/sg1",
        first.get("logicalLocations").get(0).get("fullyQualifiedName").stringValue());
    assertEquals(
        "Meeting sg1: expenses were not offered", first.get("message").get("text").stringValue());
    assertTrue(
        expenses.get("message").get("text").stringValue().contains("5 of 9 raters said no"),
        "the message gives the counts");
  }

  @Test
  void theSameReportGivesTheSameBytes() {
    EvaluationReport report = Evaluator.evaluate(BundledExamples.load("opportunities-fair"));
    EvaluationReport readBack = Documents.read(Documents.write(report), EvaluationReport.class);

    assertEquals(SarifReport.render(report), SarifReport.render(readBack));
  }

  @Test
  void aReportFromAnotherChecklistNamesItsRulesByItemId() {
    EvaluationReport report = scoredWithVersion("2.0");

    JsonNode run = JSON.readTree(SarifReport.render(report)).get("runs").get(0);

    JsonNode rules = run.get("tool").get("driver").get("rules");
    assertEquals(report.latest().items().size(), rules.size());
    JsonNode first = rules.get(0);
    assertEquals(
        first.get("id").stringValue(), first.get("shortDescription").get("text").stringValue());
    assertTrue(first.path("fullDescription").isMissingNode(), "no wording without the checklist");
    Set<String> ids = new HashSet<>();
    rules.values().forEach(r -> ids.add(r.get("id").stringValue()));
    for (JsonNode result : run.get("results").values()) {
      assertTrue(ids.contains(result.get("ruleId").stringValue()));
    }
  }

  @Test
  void aChecklistOtherThanTheOneScoredIsRefused() {
    EvaluationReport report = Evaluator.evaluate(BundledExamples.load("dementia-club"));
    Checklist other =
        ChecklistDerivation.from(BuiltInChecklist.get())
            .derive("coproduction-police", "1.1", "Ours");

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SarifReport.render(report, other));
    assertEquals(
        "the report was scored with checklist 'coproduction-police 1.0', not"
            + " 'coproduction-police 1.1'",
        e.getMessage());
  }

  /** The dementia club's report as if scored with another version of the checklist. */
  static EvaluationReport scoredWithVersion(String version) {
    EvaluationReport report = Evaluator.evaluate(BundledExamples.load("dementia-club"));
    ObjectNode tree = (ObjectNode) JSON.readTree(Documents.write(report));
    for (JsonNode round : tree.get("rounds").values()) {
      ((ObjectNode) round.get("checklist")).put("version", version);
    }
    return Documents.read(JSON.writeValueAsString(tree), EvaluationReport.class);
  }

  private static void assertTaxonExists(JsonNode run, JsonNode reference) {
    JsonNode taxonomy =
        run.get("taxonomies").get(reference.get("toolComponent").get("index").asInt());
    assertEquals(
        reference.get("toolComponent").get("name").stringValue(),
        taxonomy.get("name").stringValue());
    assertEquals(
        reference.get("id").stringValue(),
        taxonomy.get("taxa").get(reference.get("index").asInt()).get("id").stringValue());
  }
}
