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
 * as a failure).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRecordCheckSettings.class)
@JsonDeserialize(as = ImmutableRecordCheckSettings.class)
@API(status = STABLE, since = "0.1")
public abstract class RecordCheckSettings {
  RecordCheckSettings() {}

  /** Two weeks: long enough to arrange work, care cover, transport and support. */
  public static final int DEFAULT_MINIMUM_NOTICE_DAYS = 14;

  /** Half: when at least half the records checked pass, the answer is {@code PARTLY}. */
  public static final double DEFAULT_PARTLY_SHARE = 0.5;

  /** The longest notice a threshold may ask for; a larger number is almost surely a typing slip. */
  public static final int MAXIMUM_NOTICE_DAYS = 365;

  /**
   * How many days before a meeting people must be told of it for the notice to count as enough.
   *
   * @return days, from 1 to {@value #MAXIMUM_NOTICE_DAYS}
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
   * Settings with the library's standard thresholds.
   *
   * @return {@value #DEFAULT_MINIMUM_NOTICE_DAYS} days' notice and a {@code PARTLY} share of
   *     {@value #DEFAULT_PARTLY_SHARE}
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
    return of(days, partlyShare());
  }

  /**
   * The same settings with another {@code PARTLY} share.
   *
   * @param share the share of records that must pass for {@code PARTLY}, above 0 and at most 1
   * @return the new settings
   */
  public RecordCheckSettings withPartlyShare(double share) {
    return of(minimumNoticeDays(), share);
  }

  @Value.Check
  void check() {
    Checks.between("minimumNoticeDays", minimumNoticeDays(), 1, MAXIMUM_NOTICE_DAYS);
    if (!(partlyShare() > 0 && partlyShare() <= 1)) {
      throw CoProductionException.at(
          "partlyShare", "must be more than 0 and at most 1, was " + Checks.plain(partlyShare()));
    }
  }
}
