package org.coproduction.core.ledger;

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
 * Costs one person paid out of their own pocket to take part, such as travel, care cover or lunch,
 * and how much of it was paid back. The guide recommends paying people's expenses ("Co-production
 * in social care: What it is and how to do it", SCIE, October 2013, updated October 2015, section
 * "Resources for co-production"), and the festival blog posts count not offering them among the
 * ways co-production fails people and praise prompt payment ("The Co-production Police and
 * accountability", Kevin Minier, SCIE Co-production Festival blog, 16 June 2016; "Modelling
 * co-production", Patrick Wood, SCIE Co-production Festival blog, 6 June 2016). The gap between
 * claimed and reimbursed is what the person is still out of pocket.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExpenseClaim.class)
@JsonDeserialize(as = ImmutableExpenseClaim.class)
@API(status = STABLE, since = "0.1")
public abstract class ExpenseClaim {
  ExpenseClaim() {}

  /**
   * An id, unique among the ledger's expense claims.
   *
   * @return the id, for example {@code e4}
   */
  @JsonProperty("id")
  public abstract String id();

  /**
   * The pseudonymous id of the person who paid the costs.
   *
   * @return a participant id listed in the ledger
   */
  @JsonProperty("participantId")
  public abstract String participantId();

  /**
   * The day the costs were claimed.
   *
   * @return the date
   */
  @JsonProperty("date")
  public abstract LocalDate date();

  /**
   * What the person paid and asked to be paid back, in the ledger's currency.
   *
   * @return the amount claimed
   */
  @JsonProperty("claimed")
  public abstract Money claimed();

  /**
   * What has been paid back so far, in the same currency; zero while nothing has been paid. Never
   * more than was claimed: a payment beyond the costs is a fee, recorded as a {@link Return}.
   *
   * @return the amount reimbursed, no more than {@link #claimed()}
   */
  @JsonProperty("reimbursed")
  public abstract Money reimbursed();

  /**
   * What the costs were for, for people reading the ledger.
   *
   * @return the note, or empty
   */
  @JsonProperty("description")
  public abstract Optional<String> description();

  /**
   * What the person is still out of pocket on this claim.
   *
   * @return claimed minus reimbursed, 0 or more
   */
  public Money unreimbursed() {
    return claimed().minus(reimbursed());
  }

  /**
   * Starts a new expense claim.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ExpenseClaim}; {@code build()} checks the invariants. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableExpenseClaim.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    Checks.id("participantId", participantId());
    if (!reimbursed().currency().equals(claimed().currency())) {
      throw CoProductionException.at(
          "reimbursed",
          "is in " + reimbursed().currency() + " but the claim is in " + claimed().currency());
    }
    if (reimbursed().exceeds(claimed())) {
      throw CoProductionException.at(
          "reimbursed", reimbursed() + " is more than the " + claimed() + " claimed");
    }
    description().ifPresent(d -> Checks.notBlank("description", d));
  }
}
