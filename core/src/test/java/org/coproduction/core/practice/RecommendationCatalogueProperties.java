package org.coproduction.core.practice;

import static org.coproduction.core.practice.RecommendationGenerators.catalogues;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Documents;
import org.coproduction.core.internal.json.JsonSupport;
import org.coproduction.core.principle.PrincipleGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import tools.jackson.databind.node.ObjectNode;

class RecommendationCatalogueProperties {

  private static Gen<Integer> indexes() {
    return integers().between(0, 10_000);
  }

  @Test
  void writingThenReadingGivesTheSameCatalogue() {
    qt().forAll(catalogues())
        .checkAssert(
            c ->
                assertEquals(c, Documents.read(Documents.write(c), RecommendationCatalogue.class)));
  }

  @Test
  void writingIsStableAcrossARoundTrip() {
    qt().forAll(catalogues())
        .checkAssert(
            c -> {
              String once = Documents.write(c);
              assertEquals(
                  once, Documents.write(Documents.read(once, RecommendationCatalogue.class)));
            });
  }

  @Test
  void inAreaKeepsExactlyThatAreasRecommendationsInOrder() {
    qt().forAll(catalogues(), RecommendationGenerators.areas())
        .checkAssert(
            (c, area) -> {
              List<Recommendation> expected = new ArrayList<>();
              for (Recommendation r : c.recommendations()) {
                if (r.area() == area) {
                  expected.add(r);
                }
              }
              assertEquals(expected, c.inArea(area));
            });
  }

  @Test
  void aRepeatedIdIsRejectedWithThePathOfTheRepeat() {
    qt().forAll(catalogues(2, 10), indexes(), indexes())
        .checkAssert(
            (c, a, b) -> {
              int n = c.recommendations().size();
              int i = 1 + a % (n - 1);
              int j = b % i;
              String id = c.recommendations().get(j).id();
              List<Recommendation> rs = new ArrayList<>(c.recommendations());
              rs.set(i, Recommendation.builder().from(rs.get(i)).id(id).build());
              String message =
                  "recommendations["
                      + i
                      + "].id: duplicate id '"
                      + id
                      + "', already used at index "
                      + j
                      + " of this list";

              CoProductionException built =
                  assertThrows(
                      CoProductionException.class,
                      () -> RecommendationCatalogue.builder().from(c).recommendations(rs).build());
              assertEquals(message, built.getMessage());

              CoProductionException read =
                  assertThrows(
                      CoProductionException.class,
                      () -> read(c, tree -> recommendation(tree, i).put("id", id)));
              assertEquals(message, read.getMessage());
            });
  }

  @Test
  void aRepeatedNumberIsRejectedWithThePathOfTheRepeat() {
    qt().forAll(catalogues(2, 10), indexes(), indexes())
        .checkAssert(
            (c, a, b) -> {
              int n = c.recommendations().size();
              int i = 1 + a % (n - 1);
              int j = b % i;
              int number = c.recommendations().get(j).number();
              List<Recommendation> rs = new ArrayList<>(c.recommendations());
              rs.set(i, Recommendation.builder().from(rs.get(i)).number(number).build());
              String message =
                  "recommendations["
                      + i
                      + "].number: number "
                      + number
                      + " is already used at index "
                      + j
                      + " of this list";

              CoProductionException built =
                  assertThrows(
                      CoProductionException.class,
                      () -> RecommendationCatalogue.builder().from(c).recommendations(rs).build());
              assertEquals(message, built.getMessage());

              CoProductionException read =
                  assertThrows(
                      CoProductionException.class,
                      () -> read(c, tree -> recommendation(tree, i).put("number", number)));
              assertEquals(message, read.getMessage());
            });
  }

  @Test
  void aNumberBelowOneIsRejectedWithItsPath() {
    qt().forAll(catalogues(), indexes(), integers().between(-1000, 0))
        .checkAssert(
            (c, a, number) -> {
              int k = a % c.recommendations().size();
              CoProductionException e =
                  assertThrows(
                      CoProductionException.class,
                      () -> read(c, tree -> recommendation(tree, k).put("number", number)));
              assertEquals(
                  "recommendations[" + k + "].number: must be 1 or more, was " + number,
                  e.getMessage());
            });
  }

  @Test
  void aBlankTextIsRejectedWithItsPath() {
    qt().forAll(catalogues(), indexes(), PrincipleGenerators.blanks())
        .checkAssert(
            (c, a, blank) -> {
              int k = a % c.recommendations().size();
              CoProductionException e =
                  assertThrows(
                      CoProductionException.class,
                      () -> read(c, tree -> recommendation(tree, k).put("text", blank)));
              assertEquals("recommendations[" + k + "].text: must not be blank", e.getMessage());
            });
  }

  @Test
  void anAreaOutsideTheJigsawIsRejectedWithItsPath() {
    Gen<String> notAreas =
        arbitrary().pick(List.of("culture", "Review", "FINANCE", "", "CO_DESIGN"));
    qt().forAll(catalogues(), indexes(), notAreas)
        .checkAssert(
            (c, a, area) -> {
              int k = a % c.recommendations().size();
              CoProductionException e =
                  assertThrows(
                      CoProductionException.class,
                      () -> read(c, tree -> recommendation(tree, k).put("area", area)));
              assertEquals(
                  "recommendations["
                      + k
                      + "].area: must be one of CULTURE, STRUCTURE, PRACTICE or REVIEW",
                  e.getMessage());
            });
  }

  @Test
  void aBlankCatalogueNameIsRejected() {
    qt().forAll(catalogues(), PrincipleGenerators.blanks())
        .checkAssert(
            (c, blank) -> {
              CoProductionException e =
                  assertThrows(
                      CoProductionException.class,
                      () -> RecommendationCatalogue.builder().from(c).name(blank).build());
              assertEquals("name: must not be blank", e.getMessage());
            });
  }

  @Test
  void aBlankVersionIsRejected() {
    qt().forAll(catalogues(), PrincipleGenerators.blanks())
        .checkAssert(
            (c, blank) -> {
              CoProductionException e =
                  assertThrows(
                      CoProductionException.class,
                      () -> read(c, tree -> tree.put("version", blank)));
              assertEquals("version: must not be blank", e.getMessage());
            });
  }

  @Test
  void aMalformedRecommendationIdIsRejectedWithItsPath() {
    qt().forAll(catalogues(), indexes(), PrincipleGenerators.malformedIds())
        .checkAssert(
            (c, a, bad) -> {
              int k = a % c.recommendations().size();
              CoProductionException e =
                  assertThrows(
                      CoProductionException.class,
                      () -> read(c, tree -> recommendation(tree, k).put("id", bad)));
              assertEquals("recommendations[" + k + "].id", e.path());
            });
  }

  /** Writes {@code c}, edits the JSON tree, and reads it back. */
  private static RecommendationCatalogue read(
      RecommendationCatalogue c, Consumer<ObjectNode> edit) {
    ObjectNode tree = (ObjectNode) JsonSupport.mapper().readTree(Documents.write(c));
    edit.accept(tree);
    return Documents.read(tree.toString(), RecommendationCatalogue.class);
  }

  private static ObjectNode recommendation(ObjectNode tree, int index) {
    return (ObjectNode) tree.get("recommendations").get(index);
  }
}
