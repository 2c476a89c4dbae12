package org.coproduction.core.practice;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Document;
import org.coproduction.core.DocumentType;
import org.coproduction.core.internal.Checks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A named, versioned list of recommendations, each tied to one piece of the jigsaw.
 *
 * <p>The guide's twenty recommendations ship with the library as one catalogue (see {@link
 * Recommendations}); an organisation that follows other advice, or has added its own, can write a
 * catalogue as a JSON document and read it with {@link org.coproduction.core.Documents}. Ids and
 * numbers are unique within a catalogue, so a checklist item or a report can name a recommendation
 * either way without doubt.
 */
@Value.Immutable
@DocumentType(name = "recommendation catalogue", schemaVersion = 1)
@JsonSerialize(as = ImmutableRecommendationCatalogue.class)
@JsonDeserialize(as = ImmutableRecommendationCatalogue.class)
@API(status = STABLE, since = "0.1")
public abstract class RecommendationCatalogue implements Document {
  RecommendationCatalogue() {}

  /**
   * A stable id that checklists and reports refer to.
   *
   * @return the id, for example {@code guide}
   */
  @JsonProperty("id")
  public abstract String id();

  /**
   * The catalogue's own version, raised when its recommendations change, so that results linked to
   * one version are not mistaken for results against another.
   *
   * @return the version, for example {@code 1}
   */
  @JsonProperty("version")
  public abstract String version();

  /**
   * The name people see.
   *
   * @return the name
   */
  @JsonProperty("name")
  public abstract String name();

  /**
   * The recommendations, in the order the catalogue gives them.
   *
   * @return one or more recommendations with distinct ids and distinct numbers
   */
  @JsonProperty("recommendations")
  public abstract List<Recommendation> recommendations();

  /**
   * Looks up a recommendation of this catalogue.
   *
   * @param id a recommendation id
   * @return the recommendation, or empty when the catalogue has none with that id
   */
  public Optional<Recommendation> recommendation(String id) {
    Objects.requireNonNull(id, "id");
    return recommendations().stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * The recommendations for one piece of the jigsaw, so an organisation can work on one area at a
   * time.
   *
   * @param area the piece of the jigsaw
   * @return the recommendations in that area, in catalogue order; empty when there are none
   */
  public List<Recommendation> inArea(JigsawArea area) {
    Objects.requireNonNull(area, "area");
    return recommendations().stream()
        .filter(r -> r.area() == area)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Starts a new catalogue.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RecommendationCatalogue}; {@code build()} checks the invariants. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableRecommendationCatalogue.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    Checks.notBlank("version", version());
    Checks.notBlank("name", name());
    if (recommendations().isEmpty()) {
      throw CoProductionException.at(
          "recommendations", "a catalogue needs at least one recommendation");
    }
    Checks.uniqueIds("recommendations", "id", recommendations(), Recommendation::id);
    Map<Integer, Integer> seen = new HashMap<>();
    for (int i = 0; i < recommendations().size(); i++) {
      int number = recommendations().get(i).number();
      Integer first = seen.putIfAbsent(number, i);
      if (first != null) {
        throw CoProductionException.at(
            "recommendations[" + i + "].number",
            "number " + number + " is already used at index " + first + " of this list");
      }
    }
  }
}
