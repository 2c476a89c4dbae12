package org.coproduction.core.people;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.DayOfWeek;
import java.time.LocalTime;
import org.apiguardian.api.API;
import org.coproduction.core.internal.Checks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A weekly window when a participant can take part, such as Tuesdays from 10:00 to 14:00.
 *
 * <p>Meetings at impossible times are one of the ways so-called co-production shuts people out, and
 * timing is part of accessibility: people at college, at work or with caring duties cannot come in
 * working hours. Windows do not cross midnight. Sources: "The Co-production Police and
 * accountability", Kevin Minier, SCIE Co-production Festival blog, 16 June 2016; "Co-production in
 * social care: What it is and how to do it", SCIE, October 2013, updated October 2015, section
 * "Access" (Redesigning Support for Care Leavers).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAvailability.class)
@JsonDeserialize(as = ImmutableAvailability.class)
@API(status = STABLE, since = "0.1")
public abstract class Availability {
  Availability() {}

  /**
   * The day of the week the window falls on.
   *
   * @return the day
   */
  @JsonProperty("day")
  public abstract DayOfWeek day();

  /**
   * The earliest time the person can start.
   *
   * @return the start of the window
   */
  @JsonProperty("availableFrom")
  public abstract LocalTime availableFrom();

  /**
   * The time by which the person has to leave.
   *
   * @return the end of the window, after {@link #availableFrom()}
   */
  @JsonProperty("availableUntil")
  public abstract LocalTime availableUntil();

  /**
   * Whether a session on this window's day, from {@code start} to {@code end}, fits inside it.
   *
   * @param day the day of the session
   * @param start when the session starts
   * @param end when the session ends
   * @return true when the day matches and the session lies wholly within the window
   */
  public boolean covers(DayOfWeek day, LocalTime start, LocalTime end) {
    return day == day() && !start.isBefore(availableFrom()) && !end.isAfter(availableUntil());
  }

  /**
   * Starts a new window.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Availability}; {@code build()} checks the invariants. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableAvailability.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.after("availableUntil", availableUntil(), availableFrom(), "availableFrom");
  }
}
