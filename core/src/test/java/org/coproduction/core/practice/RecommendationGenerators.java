package org.coproduction.core.practice;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.coproduction.core.principle.PrincipleGenerators;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators for recommendations and recommendation catalogues, public so that tests
 * in other packages can build valid catalogues to work against.
 */
public final class RecommendationGenerators {
  private RecommendationGenerators() {}

  /** Any piece of the jigsaw. */
  public static Gen<JigsawArea> areas() {
    return arbitrary().enumValues(JigsawArea.class);
  }

  /** Valid recommendations with numbers from 1 to 1000. */
  public static Gen<Recommendation> recommendations() {
    Gen<Integer> numbers = integers().between(1, 1000);
    return PrincipleGenerators.ids()
        .zip(
            numbers,
            areas(),
            PrincipleGenerators.texts(),
            PrincipleGenerators.sources(),
            (id, number, area, text, source) ->
                Recommendation.builder()
                    .id(id)
                    .number(number)
                    .area(area)
                    .text(text)
                    .source(source)
                    .build());
  }

  /** Valid catalogues with 1 to 10 recommendations. */
  public static Gen<RecommendationCatalogue> catalogues() {
    return catalogues(1, 10);
  }

  /**
   * Valid catalogues with a number of recommendations in a range. Ids that come out equal are made
   * distinct, and the recommendations are renumbered from a random start with a random step, so
   * numbers are distinct too but not always 1, 2, 3.
   *
   * @param min the fewest recommendations, 1 or more
   * @param max the most recommendations
   * @return the generator
   */
  public static Gen<RecommendationCatalogue> catalogues(int min, int max) {
    Gen<List<Recommendation>> recommendations =
        lists()
            .of(recommendations())
            .ofSizeBetween(min, max)
            .map(
                rs ->
                    PrincipleGenerators.distinct(
                        rs,
                        Recommendation::id,
                        (r, id) -> Recommendation.builder().from(r).id(id).build()))
            .zip(
                integers().between(1, 50),
                integers().between(1, 5),
                (rs, start, step) -> {
                  List<Recommendation> out = new ArrayList<>();
                  for (int i = 0; i < rs.size(); i++) {
                    out.add(
                        Recommendation.builder().from(rs.get(i)).number(start + i * step).build());
                  }
                  return out;
                });
    return PrincipleGenerators.ids()
        .zip(
            PrincipleGenerators.texts(),
            PrincipleGenerators.texts(),
            recommendations,
            (id, version, name, rs) ->
                RecommendationCatalogue.builder()
                    .id(id)
                    .version(version)
                    .name(name)
                    .recommendations(rs)
                    .build());
  }
}
