package org.coproduction.scoring.fairness;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.internal.Checks;
import org.coproduction.core.ledger.Money;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A person still out of pocket: they paid costs of taking part, claimed them, and have not been
 * paid all of it back. Nobody should be out of pocket for taking part ("The Co-production Police
 * and accountability", Kevin Minier, SCIE Co-production Festival blog, 16 June 2016; "Co-production
 * in social care: What it is and how to do it", SCIE, October 2013, updated October 2015, section
 * "Resources for co-production").
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOutOfPocket.class)
@JsonDeserialize(as = ImmutableOutOfPocket.class)
@API(status = STABLE, since = "0.1")
public abstract class OutOfPocket {
  OutOfPocket() {}

  /**
   * The person.
   *
   * @return the participant's pseudonymous id
   */
  @Value.Parameter
  @JsonProperty("participantId")
  public abstract String participantId();

  /**
   * What they claimed and have not been paid back.
   *
   * @return the amount, more than zero
   */
  @Value.Parameter
  @JsonProperty("unreimbursed")
  public abstract Money unreimbursed();

  /**
   * A person still owed money.
   *
   * @param participantId the participant's pseudonymous id
   * @param unreimbursed what they are owed, more than zero
   * @return the entry
   */
  public static OutOfPocket of(String participantId, Money unreimbursed) {
    return ImmutableOutOfPocket.of(participantId, unreimbursed);
  }

  @Value.Check
  void check() {
    Checks.id("participantId", participantId());
    if (unreimbursed().minorUnits() == 0) {
      throw CoProductionException.at("unreimbursed", "must be more than zero");
    }
  }
}
