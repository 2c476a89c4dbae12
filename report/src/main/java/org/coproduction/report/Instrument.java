package org.coproduction.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.RecommendationsSelfAssessment;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.CoProductionException;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A further instrument that the same initiative was assessed with, beside the evaluation's own
 * checklist: a checklist, named if it ships with the library or written out in full if not, and
 * everybody's answers to it. An evaluation with one or more of these gets a crosswalk: their
 * results set side by side per principle ({@link org.coproduction.scoring.crosswalk.Crosswalk}).
 *
 * <p>For example, the members of a club answer the co-production checklist about one year's work,
 * and the recommendations self-assessment ({@link RecommendationsSelfAssessment}) about how far the
 * club as a whole has come; the crosswalk shows where the two agree.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableInstrument.class)
@JsonDeserialize(as = ImmutableInstrument.class)
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class Instrument {
  /** The checklists that ship with the library and map their items to principles, by id. */
  private static final Map<String, Supplier<Checklist>> BUILT_IN =
      Map.of(
          BuiltInChecklist.ID, BuiltInChecklist::get,
          RecommendationsSelfAssessment.ID, RecommendationsSelfAssessment::get);

  Instrument() {}

  /**
   * The id of a checklist that ships with the library: {@code coproduction-police} or {@code
   * recommendations-self-assessment}.
   *
   * @return the id, or empty when the checklist is written out in {@link #checklist()}
   */
  @JsonProperty("builtIn")
  public abstract Optional<String> builtIn();

  /**
   * The checklist written out in full, when it does not ship with the library.
   *
   * @return the checklist, or empty when {@link #builtIn()} names one
   */
  @JsonProperty("checklist")
  public abstract Optional<Checklist> checklist();

  /**
   * Everybody's answers to this instrument, one set per rater and review round, under the same
   * rules as the evaluation's own answers.
   *
   * @return the response sets, with distinct ids, at least one
   */
  @JsonProperty("responses")
  public abstract List<ResponseSet> responses();

  /**
   * The checklist the answers are to.
   *
   * @return the built-in checklist named, or the one written out
   */
  public Checklist checklistInUse() {
    return checklist().orElseGet(() -> BUILT_IN.get(builtIn().orElseThrow()).get());
  }

  /**
   * Starts a new instrument.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Instrument}; {@code build()} checks the invariants. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableInstrument.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (builtIn().isPresent() == checklist().isPresent()) {
      throw CoProductionException.at(
          "builtIn",
          "name a built-in checklist in 'builtIn' or write one out in 'checklist', not both and"
              + " not neither");
    }
    if (builtIn().isPresent() && !BUILT_IN.containsKey(builtIn().get())) {
      throw CoProductionException.at(
          "builtIn",
          "'"
              + builtIn().get()
              + "' is not a built-in checklist: use "
              + BuiltInChecklist.ID
              + " or "
              + RecommendationsSelfAssessment.ID
              + ", or write the checklist out in 'checklist'");
    }
    if (responses().isEmpty()) {
      throw CoProductionException.at(
          "responses", "give at least one set of answers to this instrument");
    }
  }
}
