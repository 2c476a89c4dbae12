package org.coproduction.core.initiative;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.internal.Checks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An idea or comment a participant put forward, and what became of it.
 *
 * <p>Co-production must make a real difference, so the record follows each suggestion through: was
 * it taken up, was the reason given when it was not, was the outcome fed back to the person, and
 * was it written down at all. A rejected suggestion without a reason is a valid record: it is a
 * finding for the checklist, not a broken file. Sources: "The Co-production Police and
 * accountability", Kevin Minier, SCIE Co-production Festival blog, 16 June 2016 (suggestions
 * rejected for not fitting the model, never hearing again, comments not documented); "Co-production
 * and mental health: the ‘ideal ward round’ in acute settings", James Shutt, SCIE Co-production
 * Week blog, 31 May 2017 (it has to make a real difference).
 *
 * <p>Documents written before {@link #reasonKind()} and {@link #toldOn()} existed read unchanged:
 * both are optional, and {@link #outcomeReason()} gives an adopted, adapted or pending suggestion
 * its outcome's own kind of reason.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSuggestion.class)
@JsonDeserialize(as = ImmutableSuggestion.class)
@API(status = STABLE, since = "0.1")
public abstract class Suggestion {
  Suggestion() {}

  /**
   * An id, unique within the initiative.
   *
   * @return the id
   */
  @JsonProperty("id")
  public abstract String id();

  /**
   * Who put the suggestion forward.
   *
   * @return a participant id
   */
  @JsonProperty("raisedBy")
  public abstract String raisedBy();

  /**
   * When it was put forward.
   *
   * @return the date
   */
  @JsonProperty("raisedOn")
  public abstract LocalDate raisedOn();

  /**
   * The meeting where it was put forward.
   *
   * @return a meeting id, or empty when it came by another route
   */
  @JsonProperty("meetingId")
  public abstract Optional<String> meetingId();

  /**
   * The suggestion in a few plain words.
   *
   * @return the summary, never blank
   */
  @JsonProperty("summary")
  public abstract String summary();

  /**
   * What became of it.
   *
   * @return the outcome
   */
  @JsonProperty("outcome")
  public abstract Outcome outcome();

  /**
   * Why the outcome is what it is, especially why a suggestion was rejected or changed.
   *
   * @return the reason, or empty when none was given
   */
  @JsonProperty("reason")
  public abstract Optional<String> reason();

  /**
   * Which kind of reason the outcome had, from the documented list in {@link OutcomeReason}.
   * Optional so that documents written before the list existed read unchanged: read {@link
   * #outcomeReason()}, which fills the gap from the outcome.
   *
   * @return the kind of reason as recorded, or empty when the record does not say
   */
  @JsonProperty("reasonKind")
  public abstract Optional<OutcomeReason> reasonKind();

  /**
   * The day the people who made the suggestion were told what became of it, when the record says.
   * The "You said, we did" part of a report shows it, so people can see how long they waited.
   *
   * @return the date, or empty when not recorded (or not told)
   */
  @JsonProperty("toldOn")
  public abstract Optional<LocalDate> toldOn();

  /**
   * Whether the outcome was fed back to the person who made the suggestion.
   *
   * @return true when it was fed back
   */
  @JsonProperty("fedBack")
  public abstract boolean fedBack();

  /**
   * Whether the suggestion was written into the minutes or other records.
   *
   * @return true when it was recorded
   */
  @JsonProperty("recorded")
  public abstract boolean recorded();

  /**
   * Whether the suggestion was turned down without a reason being given, one of the failures the
   * checklist looks for.
   *
   * @return true when the outcome is {@link Outcome#REJECTED} and no reason is recorded
   */
  public boolean rejectedWithoutReason() {
    return outcome() == Outcome.REJECTED && reason().isEmpty();
  }

  /**
   * The kind of reason the outcome had: the recorded {@link #reasonKind()}, or when there is none,
   * the outcome's own kind ({@link OutcomeReason#defaultFor(Outcome)}): adopted, adopted in part or
   * still pending. A rejection recorded without a reason kind has none, whatever its free text
   * says: the library does not guess from words.
   *
   * @return the kind of reason, or empty for a rejection whose kind the record does not say
   */
  public Optional<OutcomeReason> outcomeReason() {
    return reasonKind().or(() -> OutcomeReason.defaultFor(outcome()));
  }

  /**
   * Whether the suggestion was turned down because it did not fit the current model or way of
   * working, one of the failures the "co-production police" list.
   *
   * @return true when the recorded reason kind is {@link OutcomeReason#DOES_NOT_FIT_CURRENT_MODEL}
   */
  public boolean rejectedForNotFitting() {
    return reasonKind().equals(Optional.of(OutcomeReason.DOES_NOT_FIT_CURRENT_MODEL));
  }

  /**
   * Starts a new suggestion.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Suggestion}; {@code build()} checks the invariants. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableSuggestion.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    Checks.id("raisedBy", raisedBy());
    meetingId().ifPresent(m -> Checks.id("meetingId", m));
    Checks.notBlank("summary", summary());
    reason().ifPresent(r -> Checks.notBlank("reason", r));
    reasonKind()
        .filter(kind -> !kind.fits(outcome()))
        .ifPresent(
            kind -> {
              throw CoProductionException.at(
                  "reasonKind",
                  kind + " does not go with the outcome " + outcome() + "; see OutcomeReason");
            });
    toldOn()
        .ifPresent(
            day -> {
              if (!fedBack()) {
                throw CoProductionException.at(
                    "toldOn", "gives a day people were told, but fedBack says they were not told");
              }
              if (day.isBefore(raisedOn())) {
                throw CoProductionException.at(
                    "toldOn", "must not be before raisedOn (" + raisedOn() + "), was " + day);
              }
            });
  }
}
