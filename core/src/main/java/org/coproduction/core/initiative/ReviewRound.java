package org.coproduction.core.initiative;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.internal.Checks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One round of reviewing the initiative together, such as a six-monthly review or a yearly
 * evaluation. Checklist responses and scores are grouped by round, so a round-on-round comparison
 * shows whether the initiative is learning. Sources: "Co-production in social care: What it is and
 * how to do it", SCIE, October 2013, updated October 2015, sections "How to do co-production >
 * Review" and "Regular reviews".
 *
 * <p>A round also covers a share of the records, so that its record-based answers judge what
 * happened in that round only and an initiative that reformed can clear the flags its first year
 * earned. The rule, applied by {@link RoundRecords}:
 *
 * <ul>
 *   <li>A round that names records ({@link #coversMeetings()}, {@link #coversSuggestions()}, {@link
 *       #coversDecisions()}) covers exactly those.
 *   <li>Otherwise it covers the records dated from {@link #coversFrom()} up to and including its
 *       {@link #date()}; without {@code coversFrom}, from the day after the round before it (in
 *       date order), or from the very start for the first round.
 *   <li>A suggestion made at a meeting goes with that meeting; others go by the day they were
 *       raised. A decision goes by the day it was taken.
 *   <li>Records dated after the last round belong to no round: they count only when the whole
 *       history is judged, as it is for answers that name no round.
 * </ul>
 *
 * <p>Documents written before these fields existed read unchanged and get the date rule; the three
 * lists are written only when they name something, so such documents are also written unchanged.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReviewRound.class)
@JsonDeserialize(as = ImmutableReviewRound.class)
@API(status = STABLE, since = "0.1")
public abstract class ReviewRound {
  ReviewRound() {}

  /**
   * An id, unique within the initiative, that checklist responses refer to.
   *
   * @return the id
   */
  @JsonProperty("id")
  public abstract String id();

  /**
   * The name people see, such as "Year 1 review".
   *
   * @return the label, never blank
   */
  @JsonProperty("label")
  public abstract String label();

  /**
   * When the round took place or closed.
   *
   * @return the date
   */
  @JsonProperty("date")
  public abstract LocalDate date();

  /**
   * The first day of the period the round covers, when it is not simply "since the round before".
   *
   * @return the day, not after {@link #date()}, or empty to follow the rule above
   */
  @JsonProperty("coversFrom")
  public abstract Optional<LocalDate> coversFrom();

  /**
   * The meetings the round covers, when it names its records instead of covering a period.
   *
   * @return meeting ids, each at most once; empty when the round covers a period
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("coversMeetings")
  public abstract List<String> coversMeetings();

  /**
   * The suggestions the round covers, when it names its records instead of covering a period.
   *
   * @return suggestion ids, each at most once
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("coversSuggestions")
  public abstract List<String> coversSuggestions();

  /**
   * The decisions the round covers, when it names its records instead of covering a period.
   *
   * @return decision ids, each at most once
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("coversDecisions")
  public abstract List<String> coversDecisions();

  /**
   * Whether the round names the records it covers, rather than covering a period.
   *
   * @return true when any of the three lists is not empty
   */
  public boolean namesItsRecords() {
    return !coversMeetings().isEmpty()
        || !coversSuggestions().isEmpty()
        || !coversDecisions().isEmpty();
  }

  /**
   * Starts a new review round.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReviewRound}; {@code build()} checks the invariants. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableReviewRound.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    Checks.notBlank("label", label());
    coversFrom()
        .filter(from -> from.isAfter(date()))
        .ifPresent(
            from -> {
              throw CoProductionException.at(
                  "coversFrom", "must not be after date (" + date() + "), was " + from);
            });
    Checks.idList("coversMeetings", coversMeetings());
    Checks.idList("coversSuggestions", coversSuggestions());
    Checks.idList("coversDecisions", coversDecisions());
  }
}
