package org.coproduction.core.people;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.coproduction.core.internal.Checks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A person taking part in an initiative, known only by a pseudonymous id.
 *
 * <p>Co-production treats everyone as equal and as bringing assets, and asks that every interest
 * group be present. To judge that, the library needs each participant's roles, the group they speak
 * for and whether they have lived experience. To judge access, it needs their access needs,
 * preferred ways of communicating and when they can attend. Being proactive about diversity means
 * knowing, where a person chooses to say, whether they belong to a seldom-heard group.
 *
 * <p>Access needs, communication preferences and seldom-heard groups are sensitive: they are left
 * out of {@link #toString()} and never named in exception messages. Sources: "Co-production in
 * social care: What it is and how to do it", SCIE, October 2013, updated October 2015, section
 * "Principles of co-production"; "Nothing about us without us", Anne Collis, SCIE Co-production
 * Week blog, 23 May 2017.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableParticipant.class)
@JsonDeserialize(as = ImmutableParticipant.class)
@API(status = STABLE, since = "0.1")
public abstract class Participant {
  Participant() {}

  /**
   * A pseudonymous id, unique within the initiative, that meetings, suggestions and decisions refer
   * to. It must not be the person's name.
   *
   * @return the id, for example {@code p07}
   */
  @JsonProperty("id")
  public abstract String id();

  /**
   * The parts the person plays, such as carer and volunteer.
   *
   * @return one or more roles
   */
  @JsonProperty("roles")
  public abstract Set<Role> roles();

  /**
   * The interest group the person speaks for in this initiative.
   *
   * @return the group
   */
  @JsonProperty("interestGroup")
  public abstract InterestGroup interestGroup();

  /**
   * Whether the person has lived experience of using services or of caring, whatever their role; a
   * member of staff may also be a carer.
   *
   * @return true when they have such experience
   */
  @JsonProperty("livedExperience")
  public abstract boolean livedExperience();

  /**
   * What the person needs in order to take part. Sensitive: never shown in {@code toString}.
   *
   * @return the needs, empty when there are none or none were shared
   */
  @Value.Redacted
  @JsonProperty("accessNeeds")
  public abstract Set<AccessNeed> accessNeeds();

  /**
   * How the person prefers to be contacted and to receive papers. Sensitive: never shown in {@code
   * toString}.
   *
   * @return the preferences, empty when none were given
   */
  @Value.Redacted
  @JsonProperty("preferredCommunication")
  public abstract Set<CommunicationPreference> preferredCommunication();

  /**
   * The weekly windows when the person can attend.
   *
   * @return the windows, empty when the person has stated no limits
   */
  @JsonProperty("availability")
  public abstract List<Availability> availability();

  /**
   * The seldom-heard groups the person has chosen to say they belong to. Sensitive and optional:
   * never shown in {@code toString}.
   *
   * @return the groups, empty by default
   */
  @Value.Redacted
  @JsonProperty("seldomHeardGroups")
  public abstract Set<SeldomHeardGroup> seldomHeardGroups();

  /**
   * Whether the person holds a role.
   *
   * @param role the role
   * @return true when {@code role} is one of {@link #roles()}
   */
  public boolean hasRole(Role role) {
    return roles().contains(role);
  }

  /**
   * Whether any of the person's roles speaks from lived experience of using services or caring.
   *
   * @return true when a role is on that side
   * @see Role#isPersonWithLivedExperienceSide()
   */
  public boolean onLivedExperienceSide() {
    return roles().stream().anyMatch(Role::isPersonWithLivedExperienceSide);
  }

  /**
   * Whether any of the person's roles belongs to the organisations that fund, run or work in
   * services. A person can be on both sides, for example a member of staff who also uses services.
   *
   * @return true when a role is on that side
   * @see Role#isProviderSide()
   */
  public boolean onProviderSide() {
    return roles().stream().anyMatch(Role::isProviderSide);
  }

  /**
   * Whether the person can attend a session at the given time. A person who has stated no windows
   * is taken to be free at any time; use {@code availability().isEmpty()} to tell the cases apart.
   *
   * @param day the day of the session
   * @param start when it starts
   * @param end when it ends
   * @return true when one of the person's windows covers the whole session, or none is stated
   */
  public boolean canAttend(DayOfWeek day, LocalTime start, LocalTime end) {
    return availability().isEmpty()
        || availability().stream().anyMatch(a -> a.covers(day, start, end));
  }

  /**
   * Starts a new participant.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Participant}; {@code build()} checks the invariants. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableParticipant.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    Checks.notEmpty("roles", roles(), "role");
  }
}
