package org.coproduction.report.portfolio;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A checklist item flagged red in more than one place: how many initiatives' latest rounds raise
 * it. A failure that recurs across a portfolio points at the commissioner's own ways of working
 * rather than at one project.
 */
@Value.Immutable
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class RecurringFlag {
  RecurringFlag() {}

  /**
   * The flagged item.
   *
   * @return the item's id
   */
  @Value.Parameter
  public abstract String itemId();

  /**
   * In how many initiatives it is flagged.
   *
   * @return 1 or more
   */
  @Value.Parameter
  public abstract int initiatives();

  /**
   * A recurring flag.
   *
   * @param itemId the item
   * @param initiatives in how many initiatives it is flagged
   * @return the flag's count
   */
  public static RecurringFlag of(String itemId, int initiatives) {
    return ImmutableRecurringFlag.of(itemId, initiatives);
  }

  @Value.Check
  void check() {
    Checks.id("itemId", itemId());
    if (initiatives() < 1) {
      throw CoProductionException.at("initiatives", "must be 1 or more");
    }
  }
}
