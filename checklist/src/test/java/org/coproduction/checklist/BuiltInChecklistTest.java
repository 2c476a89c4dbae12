package org.coproduction.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.coproduction.checklist.internal.Readability;
import org.coproduction.core.Documents;
import org.coproduction.core.Source;
import org.coproduction.core.principle.Principle;
import org.coproduction.core.principle.PrincipleFramework;
import org.coproduction.core.principle.PrincipleFrameworks;
import org.junit.jupiter.api.Test;

class BuiltInChecklistTest {
  /** The principle ids of the three built-in frameworks, as core defines them. */
  static final Map<String, Set<String>> FRAMEWORKS =
      Map.of(
          "guide", Set.of("equality", "diversity", "accessibility", "reciprocity"),
          "duneane",
              Set.of(
                  "people-as-assets",
                  "building-on-capabilities",
                  "mutuality-and-reciprocity",
                  "peer-networks",
                  "breaking-down-barriers",
                  "facilitating-not-delivering"),
          "pathway", Set.of("know-me", "decide-together", "work-together", "self-management"));

  final Checklist checklist = BuiltInChecklist.get();

  @Test
  void isTheVersionTheConstantsName() {
    assertEquals(ChecklistRef.of(BuiltInChecklist.ID, BuiltInChecklist.VERSION), checklist.ref());
    assertEquals(List.of(Answer.values()), checklist.answerScale());
    assertTrue(checklist.basedOn().isEmpty());
    assertEquals(
        Set.of("guide", "duneane", "pathway"),
        checklist.frameworks().stream().map(FrameworkRef::id).collect(Collectors.toSet()));
  }

  @Test
  void everyItemMapsToAPrincipleOfEachBuiltInFramework() {
    for (ChecklistItem item : checklist.items()) {
      assertEquals(FRAMEWORKS.keySet(), item.principles().keySet(), item.id());
      item.principles()
          .forEach(
              (framework, ids) ->
                  assertTrue(
                      FRAMEWORKS.get(framework).containsAll(ids),
                      item.id() + " names an unknown " + framework + " principle in " + ids));
    }
  }

  @Test
  void everyItemCitesAWorkOfTheSourceCatalogueAndHasAnArea() {
    for (ChecklistItem item : checklist.items()) {
      assertTrue(!item.sources().isEmpty(), item.id());
      for (Source s : item.sources()) {
        assertTrue(s.publication().isPresent(), item.id() + " cites " + s);
      }
      assertTrue(item.area() != null, item.id());
      assertEquals(1.0, item.weight(), item.id());
    }
  }

  @Test
  void everyStatementIsPlainEnglish() {
    Map<String, Double> hard = new TreeMap<>();
    for (ChecklistItem item : checklist.items()) {
      double score = Readability.fleschReadingEase(item.statement());
      if (score < 60) {
        hard.put(item.id(), score);
      }
    }
    assertEquals(Map.of(), hard, "statements with a Flesch reading ease below 60");
  }

  @Test
  void everyEasyReadSentenceHasAtMostFifteenWords() {
    List<String> longSentences = new ArrayList<>();
    for (ChecklistItem item : checklist.items()) {
      for (String sentence : Readability.sentences(item.easyRead())) {
        if (Readability.words(sentence).size() > 15) {
          longSentences.add(item.id() + ": " + sentence);
        }
      }
    }
    assertEquals(List.of(), longSentences);
  }

  @Test
  void guardsAgainstEachOfTheTenFailureModes() {
    Set<FailureMode> covered = EnumSet.noneOf(FailureMode.class);
    checklist.items().forEach(i -> i.failureMode().ifPresent(covered::add));
    assertEquals(EnumSet.allOf(FailureMode.class), covered);
    assertEquals(10, FailureMode.values().length);
  }

  @Test
  void coversEachOfTheGuidesTwentyRecommendations() {
    Set<String> expected =
        IntStream.rangeClosed(1, 20)
            .mapToObj(n -> String.format("rec-%02d", n))
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> covered = new TreeSet<>();
    checklist.items().forEach(i -> covered.addAll(i.recommendations()));
    assertEquals(expected, covered);
  }

  @Test
  void hasAtLeastTwoItemsForEachOfTheGuidesPrinciples() {
    Map<String, Long> counts = new TreeMap<>();
    for (String principle : FRAMEWORKS.get("guide")) {
      counts.put(
          principle,
          checklist.items().stream()
              .filter(i -> i.principles().get("guide").contains(principle))
              .count());
    }
    counts.forEach((p, n) -> assertTrue(n >= 2, p + " has only " + n + " items"));
  }

  /**
   * Items with equality as their only guide principle after the review of December 2026 (23
   * before): equality must not become a catch-all again. The reasons are in the review table.
   */
  static final int MOST_ITEMS_WITH_EQUALITY_ALONE = 15;

  @Test
  void equalityAloneIsNotACatchAll() {
    List<String> equalityAlone =
        checklist.items().stream()
            .filter(i -> i.principles().get("guide").equals(List.of("equality")))
            .map(ChecklistItem::id)
            .toList();
    assertTrue(
        equalityAlone.size() <= MOST_ITEMS_WITH_EQUALITY_ALONE,
        equalityAlone.size()
            + " items have equality as their only guide principle, more than the review left: "
            + equalityAlone);
  }

  @Test
  void everyPrincipleOfEachBuiltInFrameworkHasAnItemThatGivesEvidenceForIt() {
    for (PrincipleFramework framework : PrincipleFrameworks.all()) {
      for (Principle principle : framework.principles()) {
        assertTrue(
            checklist.items().stream()
                .anyMatch(
                    i ->
                        i.principles()
                            .getOrDefault(framework.id(), List.of())
                            .contains(principle.id())),
            framework.id() + " principle " + principle.id() + " has no item");
      }
    }
  }

  @Test
  void theReviewTableGivesEachItemsPrinciplesAndAReason() throws IOException {
    String table;
    try (InputStream in =
        BuiltInChecklist.class.getResourceAsStream("coproduction-police-1.0-principles.md")) {
      table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Map<String, Map<String, Set<String>>> rows = new TreeMap<>();
    for (String line : table.split("\n")) {
      if (!line.startsWith("| `")) {
        continue;
      }
      String[] cells = line.split("\\|");
      // cells[0] is empty: item, guide, Duneane, pathway, reason
      String id = cells[1].strip().replace("`", "");
      assertFalse(cells[5].isBlank(), id + " has no reason");
      rows.put(
          id,
          Map.of(
              "guide", principleSet(cells[2]),
              "duneane", principleSet(cells[3]),
              "pathway", principleSet(cells[4])));
    }
    assertEquals(new TreeSet<>(checklist.itemIds()), rows.keySet(), "the table's rows");
    for (ChecklistItem item : checklist.items()) {
      Map<String, Set<String>> byFramework = new TreeMap<>();
      item.principles().forEach((f, ids) -> byFramework.put(f, new TreeSet<>(ids)));
      assertEquals(byFramework, new TreeMap<>(rows.get(item.id())), item.id());
    }
  }

  private static Set<String> principleSet(String cell) {
    return Arrays.stream(cell.split(","))
        .map(String::strip)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void whatNoSourceSaysIsMarkedAsTheLibrarysOwn() {
    ChecklistItem notice = checklist.item("notice-given").orElseThrow();
    assertTrue(notice.sourceNote().orElseThrow().contains("library's own figure"));
    ChecklistItem refreshments = checklist.item("refreshments-and-breaks").orElseThrow();
    assertTrue(refreshments.sourceNote().orElseThrow().contains("Breaks are the library's own"));
    // The guide's "Accessibility" says nothing of food, drink or breaks.
    assertFalse(
        refreshments.sources().contains(Source.of("scie-guide-2015", "Accessibility")),
        refreshments.sources().toString());
  }

  @Test
  void theRecordBasedItemsAreTheElevenThatRecordsCanAnswer() {
    Set<String> recordBased =
        checklist.items().stream()
            .filter(ChecklistItem::recordBased)
            .map(ChecklistItem::id)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(
        new TreeSet<>(
            Arrays.asList(
                "notice-given",
                "expenses-and-fees",
                "convenient-times",
                "all-groups-invited",
                "venue-access",
                "comments-recorded",
                "outcomes-fed-back",
                "involved-from-start",
                "new-ideas-welcome",
                "ideas-shape-result",
                "refreshments-and-breaks")),
        recordBased);
  }

  @Test
  void itemIdsAreLowerCaseAndHyphenated() {
    for (String id : checklist.itemIds()) {
      assertTrue(id.matches("[a-z]+(-[a-z]+)*"), id);
    }
  }

  @Test
  void theResourceIsWrittenAsTheWriterWritesIt() throws IOException {
    String resource;
    try (InputStream in =
        BuiltInChecklist.class.getResourceAsStream("coproduction-police-1.0.json")) {
      resource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String written = Documents.write(checklist);
    if (!written.equals(resource)) {
      // Leave the writer's form beside the build output, to check by eye and copy over.
      Files.writeString(Path.of("target", "coproduction-police-1.0.json"), written);
    }
    assertEquals(written, resource);
  }

  @Test
  void neitherTheResourceNorAPrintedCitationNamesASourceFile() throws IOException {
    Pattern fileName = Pattern.compile("\\d{3}_[0-9a-f]{16}\\.txt");
    try (InputStream in =
        BuiltInChecklist.class.getResourceAsStream("coproduction-police-1.0.json")) {
      String resource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertFalse(fileName.matcher(resource).find());
    }
    for (ChecklistItem item : checklist.items()) {
      for (Source s : item.sources()) {
        assertFalse(fileName.matcher(s.toString()).find(), item.id() + " cites " + s);
        assertTrue(s.toString().startsWith("\""), item.id() + " cites " + s);
      }
    }
  }
}
