package org.coproduction.scoring.representation;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.initiative.BodyKind;
import org.coproduction.core.internal.Checks;
import org.coproduction.core.people.InterestGroup;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Whose voices sit on one body, such as a steering group or a board: how many members have lived
 * experience of using services or caring, and which interest groups have no member at all. The
 * sources ask for people who use services and carers on every board and panel ("Second annual board
 * report on co-production", SCIE, May 2014, section "Policies and procedures review"; "On the board
 * in Oxfordshire", Ben McCay, SCIE Co-production Week blog, 5 July 2018) and for all five interest
 * groups ("Nothing about us without us", Anne Collis, SCIE Co-production Week blog, 23 May 2017).
 *
 * <p>Lived experience is private: a count of 1 to k &minus; 1 members with it, or without it, would
 * point at the people concerned in a body whose members are named, so such a count is left out (see
 * {@link RepresentationSettings#minGroupSize()}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBodyRepresentation.class)
@JsonDeserialize(as = ImmutableBodyRepresentation.class)
@API(status = STABLE, since = "0.1")
public abstract class BodyRepresentation {
  BodyRepresentation() {}

  /**
   * The body.
   *
   * @return the body's id
   */
  @JsonProperty("bodyId")
  public abstract String bodyId();

  /**
   * What sort of body it is.
   *
   * @return the kind
   */
  @JsonProperty("kind")
  public abstract BodyKind kind();

  /**
   * How many members the body has.
   *
   * @return the count
   */
  @JsonProperty("members")
  public abstract int members();

  /**
   * How many members have lived experience of using services or of caring, whatever their role (a
   * member of staff may also be a carer).
   *
   * @return the count, no more than {@link #members()}; empty when it, or the count of members
   *     without lived experience, is from 1 to k &minus; 1
   */
  @JsonProperty("membersWithLivedExperience")
  public abstract Optional<Integer> membersWithLivedExperience();

  /**
   * The share of members with lived experience.
   *
   * @return a number from 0 to 1, or empty when the body has no members or the count is left out
   */
  @JsonProperty("livedExperienceShare")
  public abstract Optional<Double> livedExperienceShare();

  /**
   * The interest groups no member speaks for.
   *
   * @return groups in the order of {@link InterestGroup}; empty when all five are there
   */
  @JsonProperty("groupsMissing")
  public abstract List<InterestGroup> groupsMissing();

  /**
   * Starts a new body row.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BodyRepresentation}; {@code build()} checks the invariants. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableBodyRepresentation.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("bodyId", bodyId());
    Checks.notNegative("members", members());
    Optional<Double> share = Optional.empty();
    if (membersWithLivedExperience().isPresent()) {
      int lived = membersWithLivedExperience().get();
      Checks.notNegative("membersWithLivedExperience", lived);
      if (lived > members()) {
        throw CoProductionException.at(
            "membersWithLivedExperience",
            "must be no more than the " + members() + " members, was " + lived);
      }
      share = members() == 0 ? Optional.empty() : Optional.of((double) lived / members());
    }
    if (!livedExperienceShare().equals(share)) {
      throw CoProductionException.at(
          "livedExperienceShare",
          "must be membersWithLivedExperience / members"
              + (share.isPresent()
                  ? ", " + share.get()
                  : ", left out when there are no members or no count"));
    }
    Groups.inOrder("groupsMissing", groupsMissing());
  }
}
