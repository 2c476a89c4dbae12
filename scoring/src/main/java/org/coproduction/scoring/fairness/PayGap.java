package org.coproduction.scoring.fairness;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.internal.Checks;
import org.coproduction.core.ledger.Money;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A person who uses services or a carer paid less for their time than the professionals in the same
 * initiative: the inequity the Care Leavers project met, where young people were not paid while
 * everyone else taking part was ("Co-production in social care: What it is and how to do it", SCIE,
 * October 2013, updated October 2015, section "Structures for valuing and rewarding people"). The
 * flag is about the initiative's practice, not the person.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePayGap.class)
@JsonDeserialize(as = ImmutablePayGap.class)
@API(status = STABLE, since = "0.1")
public abstract class PayGap {
  PayGap() {}

  /**
   * The person paid less.
   *
   * @return the participant's pseudonymous id
   */
  @JsonProperty("participantId")
  public abstract String participantId();

  /**
   * How they were paid less.
   *
   * @return the kind of gap
   */
  @JsonProperty("kind")
  public abstract PayGapKind kind();

  /**
   * The time they gave.
   *
   * @return the hours, more than zero
   */
  @JsonProperty("hoursGiven")
  public abstract Duration hoursGiven();

  /**
   * Their fee for each hour given.
   *
   * @return the amount per hour, zero for {@link PayGapKind#UNPAID_WHILE_PROFESSIONALS_PAID}
   */
  @JsonProperty("feePerHour")
  public abstract Money feePerHour();

  /**
   * The lowest fee per hour any professional in the initiative received, the rate the person is
   * compared with.
   *
   * @return the amount per hour, or empty when no professional received a fee for time given
   */
  @JsonProperty("lowestProfessionalFeePerHour")
  public abstract Optional<Money> lowestProfessionalFeePerHour();

  /**
   * How many returns other than fees the person got, such as time credits or training; they show
   * what was offered instead of pay.
   *
   * @return the count
   */
  @JsonProperty("otherReturns")
  public abstract int otherReturns();

  /**
   * The gap in one or two plain sentences.
   *
   * @return the explanation
   */
  @JsonProperty("explanation")
  public abstract String explanation();

  /**
   * Starts a new pay gap.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PayGap}; {@code build()} checks the invariants. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutablePayGap.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("participantId", participantId());
    if (hoursGiven().isNegative() || hoursGiven().isZero()) {
      throw CoProductionException.at("hoursGiven", "must be more than 0 hours");
    }
    Checks.notNegative("otherReturns", otherReturns());
    Checks.notBlank("explanation", explanation());
    if (kind() == PayGapKind.UNPAID_WHILE_PROFESSIONALS_PAID && feePerHour().minorUnits() != 0) {
      throw CoProductionException.at("feePerHour", "must be zero for an unpaid person");
    }
    if (kind() == PayGapKind.PAID_LESS_PER_HOUR && lowestProfessionalFeePerHour().isEmpty()) {
      throw CoProductionException.at(
          "lowestProfessionalFeePerHour", "is needed to say who was paid more");
    }
  }
}
