package org.coproduction.scoring.representation;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.internal.Checks;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.practice.Stage;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Which interest groups were in the room at one meeting. Key stakeholders absent or not invited is
 * one of the ways so-called co-production fails people ("The Co-production Police and
 * accountability", Kevin Minier, SCIE Co-production Festival blog, 16 June 2016), so the row tells
 * apart a group nobody invited from a group invited but absent.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMeetingRepresentation.class)
@JsonDeserialize(as = ImmutableMeetingRepresentation.class)
@API(status = STABLE, since = "0.1")
public abstract class MeetingRepresentation {
  MeetingRepresentation() {}

  /**
   * The meeting.
   *
   * @return the meeting's id
   */
  @JsonProperty("meetingId")
  public abstract String meetingId();

  /**
   * When it took place.
   *
   * @return the date
   */
  @JsonProperty("date")
  public abstract LocalDate date();

  /**
   * The stage of the work it belonged to.
   *
   * @return the stage, or empty
   */
  @JsonProperty("stage")
  public abstract Optional<Stage> stage();

  /**
   * The body that met.
   *
   * @return the body's id, or empty
   */
  @JsonProperty("bodyId")
  public abstract Optional<String> bodyId();

  /**
   * How many people came.
   *
   * @return the count
   */
  @JsonProperty("attended")
  public abstract int attended();

  /**
   * The interest groups nobody who came speaks for.
   *
   * @return groups in the order of {@link InterestGroup}
   */
  @JsonProperty("groupsMissing")
  public abstract List<InterestGroup> groupsMissing();

  /**
   * The interest groups nobody invited speaks for: missing by design rather than by absence.
   *
   * @return groups in the order of {@link InterestGroup}
   */
  @JsonProperty("groupsNotInvited")
  public abstract List<InterestGroup> groupsNotInvited();

  /**
   * Starts a new meeting row.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MeetingRepresentation}; {@code build()} checks the invariants. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableMeetingRepresentation.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("meetingId", meetingId());
    bodyId().ifPresent(b -> Checks.id("bodyId", b));
    Checks.notNegative("attended", attended());
    Groups.inOrder("groupsMissing", groupsMissing());
    Groups.inOrder("groupsNotInvited", groupsNotInvited());
  }
}
