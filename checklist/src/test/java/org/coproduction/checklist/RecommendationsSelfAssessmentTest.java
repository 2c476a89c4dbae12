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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.coproduction.checklist.internal.Readability;
import org.coproduction.core.Documents;
import org.coproduction.core.Source;
import org.coproduction.core.practice.JigsawArea;
import org.coproduction.core.practice.Recommendation;
import org.coproduction.core.practice.Recommendations;
import org.coproduction.testsupport.SchemaCheck;
import org.junit.jupiter.api.Test;

class RecommendationsSelfAssessmentTest {
  static final String RESOURCE = "recommendations-self-assessment-1.0.json";

  final Checklist checklist = RecommendationsSelfAssessment.get();

  @Test
  void isTheVersionTheConstantsNameOnTheProgressScale() {
    assertEquals(
        ChecklistRef.of(RecommendationsSelfAssessment.ID, RecommendationsSelfAssessment.VERSION),
        checklist.ref());
    assertEquals(AnswerScales.PROGRESS, checklist.scale());
    assertEquals(AnswerScales.PROGRESS.codes(), checklist.answerCodes());
    assertTrue(checklist.items().stream().allMatch(i -> i.scaleId().isEmpty()));
    assertTrue(checklist.basedOn().isEmpty());
    assertEquals(List.of("guide"), checklist.frameworks().stream().map(FrameworkRef::id).toList());
  }

  @Test
  void saysItIsAboutTheOrganisation() {
    assertTrue(checklist.title().contains("our organisation"), checklist.title());
  }

  @Test
  void hasOneItemForEachRecommendationInTheGuidesOrder() {
    List<String> named = new ArrayList<>();
    checklist.items().forEach(i -> named.addAll(i.recommendations()));
    assertEquals(Recommendations.all().stream().map(Recommendation::id).toList(), named);
    checklist.items().forEach(i -> assertEquals(1, i.recommendations().size(), i.id()));
  }

  @Test
  void eachItemSitsInItsRecommendationsPieceOfTheJigsawAndThePiecesFollowOneAnother() {
    List<JigsawArea> areas = new ArrayList<>();
    for (ChecklistItem item : checklist.items()) {
      Recommendation rec = Recommendations.byId(item.recommendations().get(0)).orElseThrow();
      assertEquals(rec.area(), item.area(), item.id());
      if (areas.isEmpty() || areas.get(areas.size() - 1) != item.area()) {
        areas.add(item.area());
      }
    }
    assertEquals(List.of(JigsawArea.values()), areas);
    Map<JigsawArea, Long> counts =
        checklist.items().stream()
            .collect(
                Collectors.groupingBy(ChecklistItem::area, TreeMap::new, Collectors.counting()));
    assertEquals(
        Map.of(
            JigsawArea.CULTURE, 3L,
            JigsawArea.STRUCTURE, 5L,
            JigsawArea.PRACTICE, 8L,
            JigsawArea.REVIEW, 4L),
        counts);
  }

  @Test
  void everyItemIsMappedToTheGuidesPrinciplesAndEveryPrincipleIsUsed() {
    List<String> used = new ArrayList<>();
    for (ChecklistItem item : checklist.items()) {
      assertEquals(List.of("guide"), List.copyOf(item.principles().keySet()), item.id());
      assertTrue(
          BuiltInChecklistTest.FRAMEWORKS.get("guide").containsAll(item.principles().get("guide")),
          item.id());
      used.addAll(item.principles().get("guide"));
    }
    assertTrue(used.containsAll(BuiltInChecklistTest.FRAMEWORKS.get("guide")), used.toString());
  }

  @Test
  void everyItemCitesTheRecommendationsOfItsPartOfTheGuideFirst() {
    for (ChecklistItem item : checklist.items()) {
      Source first = item.sources().get(0);
      assertEquals("scie-guide-2015", first.document(), item.id());
      assertTrue(first.publication().isPresent(), item.id());
      String part = item.area().name().charAt(0) + item.area().name().substring(1).toLowerCase();
      assertEquals(
          "How to do co-production > " + part + " > Recommendations", first.section(), item.id());
      for (Source s : item.sources()) {
        assertTrue(s.publication().isPresent(), item.id() + " cites " + s);
      }
    }
  }

  @Test
  void everyStatementIsWhatTheOrganisationSaysOfItselfInPlainEnglish() {
    Map<String, Double> hard = new TreeMap<>();
    for (ChecklistItem item : checklist.items()) {
      assertTrue(item.statement().matches("(We|Our) .*"), item.id() + ": " + item.statement());
      double score = Readability.fleschReadingEase(item.statement());
      if (score < 60) {
        hard.put(item.id(), score);
      }
    }
    assertEquals(Map.of(), hard, "statements with a Flesch reading ease below 60");
  }

  @Test
  void everyEasyReadTextHasAtMostFifteenWords() {
    List<String> tooLong = new ArrayList<>();
    for (ChecklistItem item : checklist.items()) {
      int words = 0;
      for (String sentence : Readability.sentences(item.easyRead())) {
        words += Readability.words(sentence).size();
      }
      if (words > 15) {
        tooLong.add(item.id() + ": " + item.easyRead());
      }
    }
    assertEquals(List.of(), tooLong);
  }

  @Test
  void itemIdsAreLowerCaseAndHyphenatedAndDifferFromThePoliceChecklists() {
    for (String id : checklist.itemIds()) {
      assertTrue(id.matches("[a-z]+(-[a-z]+)*"), id);
      assertFalse(BuiltInChecklist.get().item(id).isPresent(), id);
    }
  }

  @Test
  void theResourceIsWrittenAsTheWriterWritesItAndMatchesTheSchema() throws IOException {
    String resource;
    try (InputStream in = RecommendationsSelfAssessment.class.getResourceAsStream(RESOURCE)) {
      resource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    SchemaCheck.of("/org/coproduction/checklist/json-schema/checklist.schema.json")
        .assertAccepts(resource);
    String written = Documents.write(checklist);
    if (!written.equals(resource)) {
      // Leave the writer's form beside the build output, to check by eye and copy over.
      Files.writeString(Path.of("target", RESOURCE), written);
    }
    assertEquals(written, resource);
    assertFalse(Pattern.compile("\\d{3}_[0-9a-f]{16}\\.txt").matcher(resource).find());
  }

  @Test
  void survivesWritingAndReading() {
    assertEquals(checklist, Documents.read(Documents.write(checklist), Checklist.class));
  }
}
