package org.coproduction.scoring.fairness;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.internal.Checks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How unequally the value returned per hour is shared among the people who gave time, as a Gini
 * coefficient: 0 when everyone gets the same per hour, near 1 when one person gets nearly all of
 * it. Time banks value one hour of anyone's time the same ("Co-production in social care: What it
 * is and how to do it", SCIE, October 2013, updated October 2015, section "Structures for valuing
 * and rewarding people"); a high coefficient shows that hours are rewarded very differently.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReturnInequality.class)
@JsonDeserialize(as = ImmutableReturnInequality.class)
@API(status = STABLE, since = "0.1")
public abstract class ReturnInequality {
  ReturnInequality() {}

  /**
   * The form of the coefficient.
   *
   * @return the normalisation used
   */
  @JsonProperty("normalisation")
  public abstract GiniNormalisation normalisation();

  /**
   * How many people the coefficient is over: everyone in the ledger who gave time, except staff
   * taken to be paid by their salary (see {@link FairnessSettings#staffTimeIsPaid()}).
   *
   * @return the number of people
   */
  @JsonProperty("contributors")
  public abstract int contributors();

  /**
   * The coefficient.
   *
   * @return a number from 0 to 1, or empty when fewer than two people gave time or nobody who gave
   *     time got any value back in money, so there is nothing to compare
   */
  @JsonProperty("coefficient")
  public abstract Optional<Double> coefficient();

  /**
   * What the coefficient means here, or why there is none, in plain words.
   *
   * @return the explanation
   */
  @JsonProperty("explanation")
  public abstract String explanation();

  /**
   * Starts a new result.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReturnInequality}; {@code build()} checks the invariants. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableReturnInequality.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notNegative("contributors", contributors());
    coefficient().ifPresent(g -> Checks.between("coefficient", g, 0, 1));
    Checks.notBlank("explanation", explanation());
  }
}
