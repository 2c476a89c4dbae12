package org.coproduction.core.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Documents;
import org.coproduction.core.Source;
import org.junit.jupiter.api.Test;

class RecommendationCatalogueTest {
  private static final Recommendation BUDGET =
      Recommendation.builder()
          .id("budget")
          .number(1)
          .area(JigsawArea.STRUCTURE)
          .text("Budget for fees and travel.")
          .source(Source.of("plan.docx", "Money"))
          .build();

  @Test
  void aCatalogueWithoutRecommendationsIsRejected() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () -> RecommendationCatalogue.builder().id("plan").version("1").name("Plan").build());
    assertEquals("recommendations: a catalogue needs at least one recommendation", e.getMessage());
  }

  @Test
  void aMalformedCatalogueIdIsRejectedWithItsPath() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () ->
                RecommendationCatalogue.builder()
                    .id("Our plan")
                    .version("1")
                    .name("Plan")
                    .recommendations(List.of(BUDGET))
                    .build());
    assertEquals("id", e.path());
    assertEquals(
        "must be an id of 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit",
        e.problem());
  }

  @Test
  void aNumberOfZeroIsRejectedByTheBuilder() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () -> Recommendation.builder().from(BUDGET).number(0).build());
    assertEquals("number: must be 1 or more, was 0", e.getMessage());
  }

  @Test
  void aMissingAreaIsReportedWithItsPath() {
    String json =
        "{\"schemaVersion\":1,\"id\":\"plan\",\"version\":\"1\",\"name\":\"Plan\",\"recommendations\":["
            + "{\"id\":\"a\",\"number\":1,\"text\":\"t\",\"source\":{\"document\":\"d\",\"section\":\"s\"}}]}";
    CoProductionException e =
        assertThrows(
            CoProductionException.class, () -> Documents.read(json, RecommendationCatalogue.class));
    assertEquals("recommendations[0].area: required field is missing", e.getMessage());
  }

  @Test
  void aNumberWrittenAsTextIsRejected() {
    String json =
        "{\"schemaVersion\":1,\"id\":\"plan\",\"version\":\"1\",\"name\":\"Plan\",\"recommendations\":["
            + "{\"id\":\"a\",\"number\":\"1\",\"area\":\"REVIEW\",\"text\":\"t\","
            + "\"source\":{\"document\":\"d\",\"section\":\"s\"}}]}";
    CoProductionException e =
        assertThrows(
            CoProductionException.class, () -> Documents.read(json, RecommendationCatalogue.class));
    assertEquals("recommendations[0].number", e.path());
  }

  @Test
  void lookupsWorkOnAnOrganisationsOwnCatalogue() {
    RecommendationCatalogue plan =
        RecommendationCatalogue.builder()
            .id("plan")
            .version("1")
            .name("Plan")
            .recommendations(List.of(BUDGET))
            .build();
    assertEquals(Optional.of(BUDGET), plan.recommendation("budget"));
    assertEquals(Optional.empty(), plan.recommendation("rec-01"));
    assertEquals(List.of(BUDGET), plan.inArea(JigsawArea.STRUCTURE));
    assertEquals(List.of(), plan.inArea(JigsawArea.CULTURE));
  }
}
