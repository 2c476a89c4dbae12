package org.coproduction.scoring.fairness;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.internal.Checks;
import org.coproduction.core.ledger.Money;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What people who use services and carers were compared with when looking for pay gaps.
 *
 * <p>Only people who use services or care and hold no provider-side role are compared; a member of
 * staff who is also a carer is counted with the professionals, since they may be there in paid
 * time. Professionals are people with a provider-side role (front-line staff, managers,
 * commissioners, other professionals, back-office staff). Professionals may have no fee in the
 * ledger because their salary pays them; so a person with no fee is compared with the fact that
 * professionals were paid at all (a fee in the ledger, or staff who took part in paid time), while
 * a person with a fee is compared, per hour, with the lowest-paid professional who got a fee.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePayComparison.class)
@JsonDeserialize(as = ImmutablePayComparison.class)
@API(status = STABLE, since = "0.1")
public abstract class PayComparison {
  PayComparison() {}

  /**
   * Whether at least one professional received a fee in the ledger.
   *
   * @return true when a professional was paid a fee
   */
  @JsonProperty("professionalsPaidFees")
  public abstract boolean professionalsPaidFees();

  /**
   * Whether staff took part in paid time: a provider-side person attended a meeting or gave hours
   * in the ledger, and the settings count staff time as paid.
   *
   * @return true when staff took part in paid time
   */
  @JsonProperty("staffTookPartInPaidTime")
  public abstract boolean staffTookPartInPaidTime();

  /**
   * The lowest fee per hour a professional received for time given.
   *
   * @return the amount per hour, or empty when no professional received a fee for time given
   */
  @JsonProperty("lowestProfessionalFeePerHour")
  public abstract Optional<Money> lowestProfessionalFeePerHour();

  /**
   * The basis of the comparison in plain words.
   *
   * @return the explanation
   */
  @JsonProperty("explanation")
  public abstract String explanation();

  /**
   * Whether professionals were paid in any way, so that an unpaid person who uses services or carer
   * is flagged.
   *
   * @return true when a professional got a fee or staff took part in paid time
   */
  public boolean professionalsPaid() {
    return professionalsPaidFees() || staffTookPartInPaidTime();
  }

  /**
   * Starts a new comparison.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PayComparison}; {@code build()} checks the invariants. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutablePayComparison.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank("explanation", explanation());
  }
}
