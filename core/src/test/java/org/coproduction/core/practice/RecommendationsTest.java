package org.coproduction.core.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RecommendationsTest {

  @Test
  void thereAreTwentyWithIdsRec01ToRec20InTheGuidesOrder() {
    List<String> expected =
        IntStream.rangeClosed(1, 20)
            .mapToObj(n -> String.format("rec-%02d", n))
            .collect(Collectors.toList());
    assertEquals(
        expected,
        Recommendations.all().stream().map(Recommendation::id).collect(Collectors.toList()));
  }

  @Test
  void eachIsNumberedByItsPlaceInTheGuide() {
    List<Recommendation> all = Recommendations.all();
    for (int i = 0; i < all.size(); i++) {
      assertEquals(i + 1, all.get(i).number(), all.get(i).id());
    }
  }

  @Test
  void theAreasSplitThreeFiveEightFour() {
    assertEquals(
        List.of("rec-01", "rec-02", "rec-03"), ids(Recommendations.inArea(JigsawArea.CULTURE)));
    assertEquals(
        List.of("rec-04", "rec-05", "rec-06", "rec-07", "rec-08"),
        ids(Recommendations.inArea(JigsawArea.STRUCTURE)));
    assertEquals(
        List.of("rec-09", "rec-10", "rec-11", "rec-12", "rec-13", "rec-14", "rec-15", "rec-16"),
        ids(Recommendations.inArea(JigsawArea.PRACTICE)));
    assertEquals(
        List.of("rec-17", "rec-18", "rec-19", "rec-20"),
        ids(Recommendations.inArea(JigsawArea.REVIEW)));
  }

  @Test
  void everyRecommendationCitesTheGuide() {
    for (Recommendation r : Recommendations.all()) {
      assertEquals("scie-guide-2015", r.source().document(), r.id());
    }
    assertEquals(
        "A culture of risk awareness",
        Recommendations.byId("rec-03").orElseThrow().source().section());
    assertEquals(
        "Co-production of reviews and evaluations",
        Recommendations.byId("rec-18").orElseThrow().source().section());
  }

  @Test
  void byIdFindsARecommendationAndItsArea() {
    Recommendation involveFromTheStart = Recommendations.byId("rec-04").orElseThrow();
    assertEquals(4, involveFromTheStart.number());
    assertEquals(JigsawArea.STRUCTURE, involveFromTheStart.area());
  }

  @Test
  void byIdIsEmptyForAnUnknownId() {
    assertEquals(Optional.empty(), Recommendations.byId("rec-21"));
    assertEquals(Optional.empty(), Recommendations.byId("rec-4"));
    assertEquals(Optional.empty(), Recommendations.byId("REC-04"));
  }

  @Test
  void nullArgumentsAreRefused() {
    assertThrows(NullPointerException.class, () -> Recommendations.byId(null));
    assertThrows(NullPointerException.class, () -> Recommendations.inArea(null));
  }

  @Test
  void theCatalogueIsLoadedOnceAndCannotBeChanged() {
    assertSame(Recommendations.catalogue(), Recommendations.catalogue());
    assertSame(Recommendations.catalogue().recommendations(), Recommendations.all());
    assertThrows(UnsupportedOperationException.class, () -> Recommendations.all().clear());
    assertThrows(
        UnsupportedOperationException.class,
        () -> Recommendations.inArea(JigsawArea.REVIEW).clear());
  }

  @Test
  void theCatalogueHasAStableIdAndVersion() {
    assertEquals("guide", Recommendations.catalogue().id());
    // Raised to 2 when rec-13 took the guide's word "flexibility" in place of "freedom".
    assertEquals("2", Recommendations.catalogue().version());
  }

  @Test
  void textsAreShortPlainSentences() {
    for (Recommendation r : Recommendations.all()) {
      assertTrue(r.text().length() <= 160, r.id() + " is long");
      assertTrue(r.text().endsWith("."), r.id());
    }
  }

  private static List<String> ids(List<Recommendation> rs) {
    return rs.stream().map(Recommendation::id).collect(Collectors.toList());
  }
}
