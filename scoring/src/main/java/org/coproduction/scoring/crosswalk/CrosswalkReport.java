package org.coproduction.scoring.crosswalk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.coproduction.checklist.ChecklistRef;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.internal.Checks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Two instruments or more answered about one initiative, set side by side per principle of one
 * framework, so a reader sees where they tell the same story. Made by {@link Crosswalk#compare}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCrosswalkReport.class)
@JsonDeserialize(as = ImmutableCrosswalkReport.class)
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class CrosswalkReport {
  CrosswalkReport() {}

  /**
   * The principle framework the instruments are set side by side on.
   *
   * @return the framework id, for example {@code guide}
   */
  @JsonProperty("frameworkId")
  public abstract String frameworkId();

  /**
   * The instruments, in the order their results are given on every row.
   *
   * @return two checklists or more, with distinct ids
   */
  @JsonProperty("instruments")
  public abstract List<ChecklistRef> instruments();

  /**
   * The review round each instrument's answers come from, so a reader knows which answers are set
   * side by side: each instrument's score report's {@link
   * org.coproduction.scoring.ScoreReport#reviewRoundId()}.
   *
   * @return the round id by checklist id; an instrument whose answers name no round is not in it
   */
  // Left out of the document when empty, so crosswalks made before rounds were named read
  // unchanged.
  @JsonProperty("reviewRoundIds")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract Map<String, String> reviewRoundIds();

  /**
   * How close two conclusive scores in different bands must be to agree: they agree when they are
   * less than this many points apart ({@link
   * org.coproduction.scoring.ScoringSettings#minimumMeaningfulChange()}).
   *
   * @return above 0, at most 100
   */
  @JsonProperty("agreeWithin")
  public abstract double agreeWithin();

  /**
   * One row per principle of the framework, in the framework's order.
   *
   * @return the rows
   */
  @JsonProperty("principles")
  public abstract List<PrincipleCrosswalk> principles();

  /**
   * Starts a new report; {@link Crosswalk#compare} is the usual way to make one.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CrosswalkReport}; {@code build()} checks the invariants. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableCrosswalkReport.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("frameworkId", frameworkId());
    if (instruments().size() < 2) {
      throw CoProductionException.at(
          "instruments", "a crosswalk needs two instruments or more, had " + instruments().size());
    }
    Checks.uniqueIds("instruments", "id", instruments(), ChecklistRef::id);
    for (Map.Entry<String, String> round : reviewRoundIds().entrySet()) {
      if (instruments().stream().noneMatch(c -> c.id().equals(round.getKey()))) {
        throw CoProductionException.at(
            "reviewRoundIds." + round.getKey(),
            "names no instrument of this crosswalk: give the round of the instruments listed");
      }
      Checks.id("reviewRoundIds." + round.getKey(), round.getValue());
    }
    if (!(agreeWithin() > 0 && agreeWithin() <= 100)) {
      throw CoProductionException.at(
          "agreeWithin", "must be above 0 and at most 100 points, was " + agreeWithin());
    }
    Checks.uniqueIds("principles", "principleId", principles(), PrincipleCrosswalk::principleId);
    for (int i = 0; i < principles().size(); i++) {
      List<InstrumentResult> results = principles().get(i).results();
      if (results.size() != instruments().size()) {
        throw CoProductionException.at(
            "principles[" + i + "].results",
            "must have one result per instrument ("
                + instruments().size()
                + "), had "
                + results.size());
      }
      for (int j = 0; j < results.size(); j++) {
        if (!results.get(j).checklist().equals(instruments().get(j))) {
          throw CoProductionException.at(
              "principles[" + i + "].results[" + j + "].checklist",
              "must be instrument " + instruments().get(j) + ", in the order of 'instruments'");
        }
      }
    }
  }
}
