package org.coproduction.core.practice;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Source;
import org.coproduction.core.internal.Checks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One piece of advice on what an organisation should change so that co-production can take hold,
 * such as "involve everyone from the start" or "co-produce reviews and evaluations".
 *
 * <p>Each recommendation belongs to one piece of the jigsaw ({@link JigsawArea}), so an
 * organisation can see which area it is weakest in, and checklist items can point to the advice
 * they test. The guide's twenty are built in ({@link Recommendations}); an organisation can keep
 * its own in a {@link RecommendationCatalogue}. Source: "Co-production in social care: What it is
 * and how to do it", SCIE, October 2013, updated October 2015, the lists headed "Recommendations"
 * at the end of each part of "How to do co-production" ("How to do co-production > Culture >
 * Recommendations", and so on).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRecommendation.class)
@JsonDeserialize(as = ImmutableRecommendation.class)
@API(status = STABLE, since = "0.1")
public abstract class Recommendation {
  Recommendation() {}

  /**
   * A stable id, unique within its catalogue, that checklist items and reports refer to.
   *
   * @return the id, for example {@code rec-04}
   */
  @JsonProperty("id")
  public abstract String id();

  /**
   * The recommendation's place in its catalogue, as people quote it ("recommendation 4").
   *
   * @return a number, 1 or more, unique within the catalogue
   */
  @JsonProperty("number")
  public abstract int number();

  /**
   * The piece of the jigsaw the recommendation belongs to.
   *
   * @return the area
   */
  @JsonProperty("area")
  public abstract JigsawArea area();

  /**
   * What to do, in plain words.
   *
   * @return the advice
   */
  @JsonProperty("text")
  public abstract String text();

  /**
   * Where the recommendation is set out and explained.
   *
   * @return the citation
   */
  @JsonProperty("source")
  public abstract Source source();

  /**
   * Starts a new recommendation.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Recommendation}; {@code build()} checks the invariants. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableRecommendation.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    if (number() < 1) {
      throw CoProductionException.at("number", "must be 1 or more, was " + number());
    }
    Checks.notBlank("text", text());
  }
}
