package org.coproduction.scoring.ladder;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Document;
import org.coproduction.core.DocumentType;
import org.coproduction.core.internal.Checks;
import org.coproduction.core.practice.Stage;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Where each stage of an initiative sits on the ladder of co-production according to its own
 * records, next to where the initiative says it sits. Made by {@link Ladders#assess}; a document
 * that can be stored and read back through {@link org.coproduction.core.Documents}.
 *
 * <p>Read {@link #overClaimedStages()} first: those are the stages where the initiative says more
 * than its records support. Source: "Which rung on the ladder of co-production are you on?", Kate
 * Sibthorp, SCIE Co-production Week blog, 3 July 2018.
 */
@Value.Immutable
@DocumentType(name = "ladder assessment", schemaVersion = 1)
@JsonSerialize(as = ImmutableLadderAssessment.class)
@JsonDeserialize(as = ImmutableLadderAssessment.class)
@API(status = STABLE, since = "0.1")
public abstract class LadderAssessment implements Document {
  LadderAssessment() {}

  /**
   * The initiative assessed.
   *
   * @return the initiative's id
   */
  @JsonProperty("initiativeId")
  public abstract String initiativeId();

  /**
   * The settings the assessment was made with.
   *
   * @return the settings
   */
  @JsonProperty("settings")
  public abstract LadderSettings settings();

  /**
   * One placement for each stage the initiative has a plan for.
   *
   * @return placements in the order of {@link Stage}
   */
  @JsonProperty("stages")
  public abstract List<StagePlacement> stages();

  /**
   * The stages the initiative declares nothing for, so they cannot be placed.
   *
   * @return stages in the order of {@link Stage}
   */
  @JsonProperty("undeclaredStages")
  public abstract List<Stage> undeclaredStages();

  /**
   * The stages where the initiative claims a higher rung than its records support.
   *
   * @return stages in the order of {@link Stage}
   */
  public List<Stage> overClaimedStages() {
    return stages().stream()
        .filter(StagePlacement::overClaimed)
        .map(StagePlacement::stage)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Starts a new assessment.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LadderAssessment}; {@code build()} checks the invariants. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableLadderAssessment.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("initiativeId", initiativeId());
    boolean[] seen = new boolean[Stage.values().length];
    int last = -1;
    for (int i = 0; i < stages().size(); i++) {
      int s = stages().get(i).stage().ordinal();
      if (s <= last) {
        throw CoProductionException.at(
            "stages[" + i + "].stage", "stages must be in stage order, each at most once");
      }
      last = s;
      seen[s] = true;
    }
    List<Stage> expected = new ArrayList<>();
    for (Stage s : Stage.values()) {
      if (!seen[s.ordinal()]) {
        expected.add(s);
      }
    }
    if (!undeclaredStages().equals(expected)) {
      throw CoProductionException.at(
          "undeclaredStages",
          "must be the stages without a placement, in stage order, " + expected);
    }
  }
}
