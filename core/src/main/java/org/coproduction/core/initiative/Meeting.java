package org.coproduction.core.initiative;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.coproduction.core.internal.Checks;
import org.coproduction.core.people.AccessNeed;
import org.coproduction.core.people.Participant;
import org.coproduction.core.practice.Stage;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One meeting, workshop or event of an initiative, as the record shows it.
 *
 * <p>Several failures on the "co-production police" list can be read straight from these records:
 * two days' notice, impossible times, no lunch, no expenses or fee, a venue that ignores physical
 * or sensory access, key people not invited or absent, and comments not written down. Good practice
 * also asks that people who use services attend every co-production meeting. Sources: "The
 * Co-production Police and accountability", Kevin Minier, SCIE Co-production Festival blog, 16 June
 * 2016; "Co-production in social care: What it is and how to do it", SCIE, October 2013, updated
 * October 2015, sections "How to do co-production > Practice" and "Access".
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMeeting.class)
@JsonDeserialize(as = ImmutableMeeting.class)
@API(status = STABLE, since = "0.1")
public abstract class Meeting {
  Meeting() {}

  /**
   * An id, unique within the initiative, that suggestions refer to.
   *
   * @return the id
   */
  @JsonProperty("id")
  public abstract String id();

  /**
   * The stage of the work the meeting belongs to.
   *
   * @return the stage, or empty when it served no one stage
   */
  @JsonProperty("stage")
  public abstract Optional<Stage> stage();

  /**
   * The body that met, such as the steering group.
   *
   * @return a body id, or empty for a meeting of no standing body
   */
  @JsonProperty("bodyId")
  public abstract Optional<String> bodyId();

  /**
   * The day of the meeting.
   *
   * @return the date
   */
  @JsonProperty("date")
  public abstract LocalDate date();

  /**
   * How many days before the meeting people were told of it. Short notice shuts out anyone with
   * work, caring duties or support to arrange.
   *
   * @return days of notice, 0 or more
   */
  @JsonProperty("noticeDays")
  public abstract int noticeDays();

  /**
   * When the meeting started.
   *
   * @return the start time
   */
  @JsonProperty("start")
  public abstract LocalTime start();

  /**
   * When the meeting ended.
   *
   * @return the end time, after {@link #start()} on the same day
   */
  @JsonProperty("end")
  public abstract LocalTime end();

  /**
   * The access needs the venue and the arrangements met, such as step-free access or a hearing
   * loop.
   *
   * @return the needs met
   */
  @JsonProperty("venueMeets")
  public abstract Set<AccessNeed> venueMeets();

  /**
   * Whether food and drink were provided.
   *
   * @return true when there were refreshments
   */
  @JsonProperty("refreshments")
  public abstract boolean refreshments();

  /**
   * Whether people were offered their expenses, such as travel and care cover.
   *
   * @return true when expenses were offered
   */
  @JsonProperty("expensesOffered")
  public abstract boolean expensesOffered();

  /**
   * Whether a fee was offered to the people who were not there as part of a paid job.
   *
   * @return true when a fee was offered
   */
  @JsonProperty("feesOffered")
  public abstract boolean feesOffered();

  /**
   * Who was invited.
   *
   * @return participant ids, each at most once
   */
  @JsonProperty("invited")
  public abstract List<String> invited();

  /**
   * Who came. People may come without a recorded invitation.
   *
   * @return participant ids, each at most once
   */
  @JsonProperty("attended")
  public abstract List<String> attended();

  /**
   * Whether minutes or notes were kept, so comments were written down and people could follow
   * progress afterwards.
   *
   * @return true when minutes were kept
   */
  @JsonProperty("minutesKept")
  public abstract boolean minutesKept();

  /**
   * How long the meeting lasted.
   *
   * @return the time from start to end
   */
  public Duration duration() {
    return Duration.between(start(), end());
  }

  /**
   * Whether a participant was invited.
   *
   * @param participantId a participant id
   * @return true when the id is in {@link #invited()}
   */
  public boolean wasInvited(String participantId) {
    return invited().contains(participantId);
  }

  /**
   * Whether a participant came.
   *
   * @param participantId a participant id
   * @return true when the id is in {@link #attended()}
   */
  public boolean wasAttendedBy(String participantId) {
    return attended().contains(participantId);
  }

  /**
   * Who was invited but did not come.
   *
   * @return participant ids in the order of {@link #invited()}
   */
  public List<String> invitedButAbsent() {
    return invited().stream()
        .filter(id -> !attended().contains(id))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Who came without a recorded invitation.
   *
   * @return participant ids in the order of {@link #attended()}
   */
  public List<String> attendedUninvited() {
    return attended().stream()
        .filter(id -> !invited().contains(id))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Which of a participant's access needs the meeting did not meet. The result is sensitive in the
   * same way as the participant's needs: do not log it.
   *
   * @param participant the participant
   * @return the needs not met, empty when all were met
   */
  public Set<AccessNeed> unmetAccessNeeds(Participant participant) {
    Set<AccessNeed> unmet = EnumSet.noneOf(AccessNeed.class);
    unmet.addAll(participant.accessNeeds());
    unmet.removeAll(venueMeets());
    return Collections.unmodifiableSet(unmet);
  }

  /**
   * Whether the meeting's day and times fell within a participant's stated availability.
   *
   * @param participant the participant
   * @return true when the participant could attend
   * @see Participant#canAttend
   */
  public boolean timesSuit(Participant participant) {
    return participant.canAttend(date().getDayOfWeek(), start(), end());
  }

  /**
   * Starts a new meeting.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Meeting}; {@code build()} checks the invariants. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableMeeting.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    bodyId().ifPresent(b -> Checks.id("bodyId", b));
    Checks.notNegative("noticeDays", noticeDays());
    Checks.after("end", end(), start(), "start");
    Checks.idList("invited", invited());
    Checks.idList("attended", attended());
  }
}
