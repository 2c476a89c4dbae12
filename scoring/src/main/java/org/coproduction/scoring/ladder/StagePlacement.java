package org.coproduction.scoring.ladder;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.internal.Checks;
import org.coproduction.core.practice.LadderRung;
import org.coproduction.core.practice.Stage;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Where one stage of the work sits on the ladder: the rung the initiative declares, the rung its
 * records support, the evidence in between and what a reader should make of it.
 *
 * <p>The suggested rung is the lowest cap that applies, or the declared rung when no cap is lower.
 * Evidence can only lower a placement, never raise it: records of what went wrong can show that a
 * stage was not co-produced, but no record proves that power was truly shared, so the declared rung
 * is the ceiling.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStagePlacement.class)
@JsonDeserialize(as = ImmutableStagePlacement.class)
@API(status = STABLE, since = "0.1")
public abstract class StagePlacement {
  StagePlacement() {}

  /**
   * The stage of the work.
   *
   * @return the stage
   */
  @JsonProperty("stage")
  public abstract Stage stage();

  /**
   * The rung the initiative declares for the stage.
   *
   * @return the declared rung
   */
  @JsonProperty("declaredRung")
  public abstract LadderRung declaredRung();

  /**
   * The highest rung the records support: the lowest of the declared rung and every cap.
   *
   * @return the suggested rung, never above the declared rung
   */
  @JsonProperty("suggestedRung")
  public abstract LadderRung suggestedRung();

  /**
   * Whether the stage plan says why the stage sits below co-production. The reason itself is left
   * out: it is the initiative's free text.
   *
   * @return true when a reason is given
   */
  @JsonProperty("reasonForLowerRungGiven")
  public abstract boolean reasonForLowerRungGiven();

  /**
   * The evidence that limits the stage, lowest cap first (then in the order of {@link LadderRule},
   * then by first record id).
   *
   * @return the caps, empty when nothing in the records limits the stage
   */
  @JsonProperty("caps")
  public abstract List<LadderCap> caps();

  /**
   * What a reader should act on or know.
   *
   * @return findings in the order of {@link LadderFinding}, each at most once
   */
  @JsonProperty("findings")
  public abstract List<LadderFinding> findings();

  /**
   * The placement in one or two plain sentences, for example {@code Declared co-production, but the
   * records support at most consultation, 3 rungs lower.}
   *
   * @return the summary
   */
  @JsonProperty("summary")
  public abstract String summary();

  /**
   * Whether the initiative claims more than its records support.
   *
   * @return true when the suggested rung is below the declared rung
   */
  public boolean overClaimed() {
    return declaredRung().isAbove(suggestedRung());
  }

  /**
   * How far the claim overshoots the evidence.
   *
   * @return the number of rungs between declared and suggested, 0 when they agree
   */
  public int rungsOverClaimed() {
    return declaredRung().ordinal() - suggestedRung().ordinal();
  }

  /**
   * Starts a new placement.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StagePlacement}; {@code build()} checks the invariants. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableStagePlacement.Builder {
    Builder() {}
  }

  /**
   * The lowest of a declared rung and a list of caps: the rule that turns evidence into a
   * placement.
   */
  static LadderRung lowest(LadderRung declared, List<LadderCap> caps) {
    LadderRung low = declared;
    for (LadderCap c : caps) {
      if (low.isAbove(c.cap())) {
        low = c.cap();
      }
    }
    return low;
  }

  /** The findings that follow from the rungs, in enum order. */
  static List<LadderFinding> findingsFor(
      LadderRung declared, LadderRung suggested, boolean reasonGiven, boolean notYetStarted) {
    List<LadderFinding> findings = new ArrayList<>();
    if (declared.isAbove(suggested)) {
      findings.add(LadderFinding.OVER_CLAIMED);
    }
    if (suggested.needsReason() && !reasonGiven) {
      findings.add(LadderFinding.LOWER_RUNG_UNEXPLAINED);
    }
    if (notYetStarted) {
      findings.add(LadderFinding.NOT_YET_STARTED);
    }
    return findings;
  }

  @Value.Check
  void check() {
    Checks.notBlank("summary", summary());
    LadderRung expected = lowest(declaredRung(), caps());
    if (suggestedRung() != expected) {
      throw CoProductionException.at(
          "suggestedRung",
          "must be the lowest of the declared rung and the caps, "
              + expected
              + ", was "
              + suggestedRung());
    }
    boolean notYetStarted = findings().contains(LadderFinding.NOT_YET_STARTED);
    List<LadderFinding> wanted =
        findingsFor(declaredRung(), suggestedRung(), reasonForLowerRungGiven(), notYetStarted);
    if (!findings().equals(wanted)) {
      throw CoProductionException.at(
          "findings", "must be " + wanted + " for these rungs, was " + findings());
    }
    if (notYetStarted
        && caps().stream().anyMatch(c -> c.rule() == LadderRule.USERS_AND_CARERS_NEVER_JOINED)) {
      throw CoProductionException.at(
          "findings", "a stage that has not started cannot be capped because nobody joined it");
    }
  }
}
