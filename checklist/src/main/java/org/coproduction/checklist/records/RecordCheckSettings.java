package org.coproduction.checklist.records;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.internal.Checks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The thresholds the record-based checks use, so an organisation can apply its own standard (say
 * three weeks' notice instead of two) and still get answers it can compare with others that say
 * which standard was used.
 *
 * <p>Start from {@link #defaults()}: two weeks' notice, and {@code PARTLY} rather than {@code NO}
 * when at least half of the records checked for an item pass. Source: "The Co-production Police and
 * accountability", Kevin Minier, SCIE Co-production Festival blog, 16 June 2016 (two days' notice
 * as a failure). The two weeks are the library's own figure, not a source's: no source gives one,
 * so an organisation with its own standard sets {@link #withMinimumNoticeDays(int)}, and words the
 * {@code notice-given} statement to match in a checklist of its own ({@link
 * org.coproduction.checklist.ChecklistDerivation}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRecordCheckSettings.class)
@JsonDeserialize(as = ImmutableRecordCheckSettings.class)
@API(status = STABLE, since = "0.1")
public abstract class RecordCheckSettings {
  RecordCheckSettings() {}

  /**
   * Two weeks: long enough, in the library's judgement, to arrange work, care cover, transport and
   * support. No source gives a figure; the sources only name two days' notice as a failure.
   */
  public static final int DEFAULT_MINIMUM_NOTICE_DAYS = 14;

  /** Half: when at least half the records checked pass, the answer is {@code PARTLY}. */
  public static final double DEFAULT_PARTLY_SHARE = 0.5;

  /**
   * Six months: the longest a suggestion may wait for a decision before the records count it as
   * left pending, as long as the gap between the regular reviews the SCIE guide asks for.
   */
  public static final int DEFAULT_LONGEST_PENDING_DAYS = 182;

  /** Half: when at least half the decided suggestions were taken up, ideas shape the result. */
  public static final double DEFAULT_TAKEN_UP_SHARE = 0.5;

  /** The longest notice a threshold may ask for; a larger number is almost surely a typing slip. */
  public static final int MAXIMUM_NOTICE_DAYS = 365;

  /**
   * How many days before a meeting people must be told of it for the notice to count as enough: the
   * threshold of the {@code notice-given} record check.
   *
   * @return days, from 1 to {@value #MAXIMUM_NOTICE_DAYS}; {@value #DEFAULT_MINIMUM_NOTICE_DAYS} in
   *     {@link #defaults()}
   */
  @Value.Parameter
  @JsonProperty("minimumNoticeDays")
  public abstract int minimumNoticeDays();

  /**
   * The smallest share of the records checked for an item (meetings, suggestions, decisions) that
   * must pass for the answer to be {@code PARTLY} rather than {@code NO}, when not all pass. With
   * 1, any shortfall makes the answer {@code NO}.
   *
   * @return a share above 0 and at most 1
   */
  @Value.Parameter
  @JsonProperty("partlyShare")
  public abstract double partlyShare();

  /**
   * How many days a suggestion may stay undecided, counted to the end of the review round (or the
   * latest record, for the whole history), before the records say people never heard of it again.
   * Source: "Co-production in social care: What it is and how to do it", SCIE, October 2013,
   * updated October 2015, section "Regular reviews".
   *
   * @return days, from 1 to 3650; {@value #DEFAULT_LONGEST_PENDING_DAYS} unless set
   */
  @Value.Default
  @JsonProperty("longestPendingDays")
  public int longestPendingDays() {
    return DEFAULT_LONGEST_PENDING_DAYS;
  }

  /**
   * The share of decided suggestions that must have been taken up (adopted or adopted in part) for
   * the records to say people's ideas shape the result; below it the answer is {@code PARTLY}, and
   * {@code NO} when none was taken up. Source: "The Co-production Police and accountability", Kevin
   * Minier, SCIE Co-production Festival blog, 16 June 2016 (none of it appears in the final
   * service).
   *
   * @return a share above 0 and at most 1; {@value #DEFAULT_TAKEN_UP_SHARE} unless set
   */
  @Value.Default
  @JsonProperty("takenUpShare")
  public double takenUpShare() {
    return DEFAULT_TAKEN_UP_SHARE;
  }

  /**
   * Settings with the library's standard thresholds.
   *
   * @return {@value #DEFAULT_MINIMUM_NOTICE_DAYS} days' notice, a {@code PARTLY} share of {@value
   *     #DEFAULT_PARTLY_SHARE}, {@value #DEFAULT_LONGEST_PENDING_DAYS} days pending at most and a
   *     taken-up share of {@value #DEFAULT_TAKEN_UP_SHARE}
   */
  public static RecordCheckSettings defaults() {
    return of(DEFAULT_MINIMUM_NOTICE_DAYS, DEFAULT_PARTLY_SHARE);
  }

  /**
   * Settings with the organisation's own thresholds.
   *
   * @param minimumNoticeDays days of notice needed, from 1 to {@value #MAXIMUM_NOTICE_DAYS}
   * @param partlyShare the share of records that must pass for {@code PARTLY}, above 0 and at most
   *     1
   * @return the settings
   * @throws CoProductionException when a threshold is out of range, naming it
   */
  public static RecordCheckSettings of(int minimumNoticeDays, double partlyShare) {
    return ImmutableRecordCheckSettings.of(minimumNoticeDays, partlyShare);
  }

  /**
   * The same settings with another notice threshold.
   *
   * @param days days of notice needed, from 1 to {@value #MAXIMUM_NOTICE_DAYS}
   * @return the new settings
   */
  public RecordCheckSettings withMinimumNoticeDays(int days) {
    return ImmutableRecordCheckSettings.builder().from(this).minimumNoticeDays(days).build();
  }

  /**
   * The same settings with another {@code PARTLY} share.
   *
   * @param share the share of records that must pass for {@code PARTLY}, above 0 and at most 1
   * @return the new settings
   */
  public RecordCheckSettings withPartlyShare(double share) {
    return ImmutableRecordCheckSettings.builder().from(this).partlyShare(share).build();
  }

  /**
   * The same settings with another limit on how long a suggestion may stay pending.
   *
   * @param days from 1 to 3650
   * @return the new settings
   */
  public RecordCheckSettings withLongestPendingDays(int days) {
    return ImmutableRecordCheckSettings.builder().from(this).longestPendingDays(days).build();
  }

  /**
   * The same settings with another taken-up share.
   *
   * @param share above 0 and at most 1
   * @return the new settings
   */
  public RecordCheckSettings withTakenUpShare(double share) {
    return ImmutableRecordCheckSettings.builder().from(this).takenUpShare(share).build();
  }

  @Value.Check
  void check() {
    Checks.between("minimumNoticeDays", minimumNoticeDays(), 1, MAXIMUM_NOTICE_DAYS);
    if (!(partlyShare() > 0 && partlyShare() <= 1)) {
      throw CoProductionException.at(
          "partlyShare", "must be more than 0 and at most 1, was " + Checks.plain(partlyShare()));
    }
    Checks.between("longestPendingDays", longestPendingDays(), 1, 3650);
    if (!(takenUpShare() > 0 && takenUpShare() <= 1)) {
      throw CoProductionException.at(
          "takenUpShare", "must be more than 0 and at most 1, was " + Checks.plain(takenUpShare()));
    }
  }
}
