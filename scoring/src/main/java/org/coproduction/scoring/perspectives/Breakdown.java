package org.coproduction.scoring.perspectives;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.scoring.internal.checks.ScoreChecks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A score seen through each interest group's eyes, and the gap between people with lived experience
 * and the people who provide services. Co-production is judged from every side: people who use
 * services may see tokenism where staff see co-production ("Co-production: Practicing what they
 * preach?", Anonymous, SCIE Co-production Festival blog, 28 June 2016).
 *
 * <p>Only answers that count are used: an answer counts when at least k people of its group
 * answered the item ({@link org.coproduction.scoring.ScoringSettings#minimumGroupSize()}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBreakdown.class)
@JsonDeserialize(as = ImmutableBreakdown.class)
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class Breakdown {
  Breakdown() {}

  /**
   * Every interest group's part.
   *
   * @return five group scores, in the order of {@link InterestGroup}
   */
  @JsonProperty("groups")
  public abstract List<GroupScore> groups();

  /**
   * The view of people who use services and carers.
   *
   * @return the lived-experience side
   */
  @JsonProperty("livedExperience")
  public abstract SideScore livedExperience();

  /**
   * The view of the people who commission, run and work in services.
   *
   * @return the provider side
   */
  @JsonProperty("provider")
  public abstract SideScore provider();

  /**
   * The provider side's score minus the lived-experience side's, in score points. A positive gap
   * means the providers see the work more kindly than the people it is for.
   *
   * @return −100 to 100, or empty when either side has no score
   */
  @JsonProperty("gap")
  public abstract Optional<Double> gap();

  /**
   * The gap in one sentence.
   *
   * @return the reason
   */
  @JsonProperty("reason")
  public abstract String reason();

  /**
   * Looks up one group's part.
   *
   * @param group an interest group
   * @return that group's score
   */
  public GroupScore group(InterestGroup group) {
    return groups().get(group.ordinal());
  }

  /**
   * Starts a new breakdown.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Breakdown}; {@code build()} checks the invariants. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableBreakdown.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    InterestGroup[] all = InterestGroup.values();
    if (groups().size() != all.length) {
      throw CoProductionException.at(
          "groups", "must list all " + all.length + " interest groups, listed " + groups().size());
    }
    for (int i = 0; i < all.length; i++) {
      if (groups().get(i).group() != all[i]) {
        throw CoProductionException.at(
            "groups[" + i + "].group", "must be " + all[i] + ", in the order of the groups");
      }
    }
    if (livedExperience().side() != Side.LIVED_EXPERIENCE) {
      throw CoProductionException.at("livedExperience.side", "must be LIVED_EXPERIENCE");
    }
    if (provider().side() != Side.PROVIDER) {
      throw CoProductionException.at("provider.side", "must be PROVIDER");
    }
    ScoreChecks.gap("gap", gap());
    if (gap().isPresent()
        && (livedExperience().value().isEmpty() || provider().value().isEmpty())) {
      throw CoProductionException.at("gap", "a gap needs a score on both sides");
    }
    ScoreChecks.reason("reason", reason());
  }
}
