package org.coproduction.scoring.fairness;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.ledger.Money;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The choices behind a fairness report that a caller may make differently. The report carries the
 * settings it was made with, so a reader can see them.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFairnessSettings.class)
@JsonDeserialize(as = ImmutableFairnessSettings.class)
@API(status = STABLE, since = "0.1")
public abstract class FairnessSettings {
  FairnessSettings() {}

  /** The smallest group whose figures are shown unless set otherwise. */
  public static final int DEFAULT_MIN_GROUP_SIZE = 3;

  /**
   * k: the smallest number of people an interest group needs for its figures to be shown. Smaller
   * groups are suppressed, and one more group is suppressed with them when that is needed to stop
   * the hidden figures being worked out from the total.
   *
   * @return k, 1 or more; 3 by default
   */
  @Value.Default
  @JsonProperty("minGroupSize")
  public int minGroupSize() {
    return DEFAULT_MIN_GROUP_SIZE;
  }

  /**
   * Whether the report lists each person's hours, fees and returns ({@link
   * FairnessReport#people()}). Off by default: where participant ids can be guessed, such rows
   * would give away what each person was paid. When on, the rows carry pseudonyms ("person-1",
   * "person-2", ...) given in a random order that follows neither ids nor the ledger's order, so
   * two reports of the same ledger use different pseudonyms.
   *
   * @return false by default
   */
  @Value.Default
  @JsonProperty("personRows")
  public boolean personRows() {
    return false;
  }

  /**
   * Which form of the Gini coefficient to use for the spread of return per hour.
   *
   * @return the form; {@link GiniNormalisation#SAMPLE_CORRECTED} by default
   */
  @Value.Default
  @JsonProperty("giniNormalisation")
  public GiniNormalisation giniNormalisation() {
    return GiniNormalisation.SAMPLE_CORRECTED;
  }

  /**
   * Whether staff on the provider side who take part (who attended a meeting or gave hours in the
   * ledger) count as paid for their time, since their salary pays them, even with no fee in the
   * ledger. Such staff with no fee are then not listed as getting nothing back and are left out of
   * the Gini coefficient, since what they got back is unknown rather than zero. Turn off when staff
   * take part in their own time.
   *
   * @return true by default
   */
  @Value.Default
  @JsonProperty("staffTimeIsPaid")
  public boolean staffTimeIsPaid() {
    return true;
  }

  /**
   * What one hour of time credit is worth in money, so that time credits count towards the value a
   * person got back. Without it only fees count as value returned, since time-bank credits have no
   * price of their own ("Co-production in social care: What it is and how to do it", SCIE, October
   * 2013, updated October 2015, section "Structures for valuing and rewarding people").
   *
   * @return the value of one credit hour, in the ledger's currency, or empty
   */
  @JsonProperty("timeCreditValue")
  public abstract Optional<Money> timeCreditValue();

  /**
   * The settings used when none are given: k = 3, the sample-corrected Gini coefficient, staff time
   * counted as paid, time credits not valued in money.
   *
   * @return the default settings
   */
  public static FairnessSettings defaults() {
    return builder().build();
  }

  /**
   * Starts new settings, with every default in place.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FairnessSettings}; {@code build()} checks the invariants. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableFairnessSettings.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (minGroupSize() < 1) {
      throw CoProductionException.at("minGroupSize", "must be 1 or more, was " + minGroupSize());
    }
  }
}
