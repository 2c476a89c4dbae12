package org.coproduction.report.tidy;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.internal.Checks;
import org.coproduction.core.ledger.Money;
import org.coproduction.core.people.InterestGroup;
import org.immutables.value.Value;

/**
 * What one interest group, or everybody in the ledger, put in and got back: one row of the tidy
 * fairness table, with the time given as a number of hours, so a researcher can compare the reward
 * of people who use services and carers across initiatives. It shows exactly what the report's
 * fairness section shows: a group with fewer than k people in the ledger has no figures, not even
 * its head count. The {@linkplain TidyCsv#FAIRNESS_COLUMNS columns} say the same in CSV.
 */
@Value.Immutable
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class FairnessRow {
  FairnessRow() {}

  /**
   * The evaluation whose ledger is added up.
   *
   * @return the evaluation's id
   */
  public abstract String evaluationId();

  /**
   * The initiative the ledger belongs to.
   *
   * @return the initiative's id
   */
  public abstract String initiativeId();

  /**
   * The reciprocity ledger, which covers the initiative's whole history rather than one round.
   *
   * @return the ledger's id
   */
  public abstract String ledgerId();

  /**
   * Whose figures these are.
   *
   * @return the interest group, or empty for everybody in the ledger (written {@code ALL})
   */
  public abstract Optional<InterestGroup> group();

  /**
   * Whether the figures are left out to protect people (status {@code SUPPRESSED} in CSV).
   *
   * @return true when they are left out to protect people
   */
  public abstract boolean suppressed();

  /**
   * How many people the ledger lists.
   *
   * @return the count, or empty when suppressed
   */
  public abstract Optional<Integer> people();

  /**
   * All the time given.
   *
   * @return the time, or empty when suppressed
   */
  public abstract Optional<Duration> hoursGiven();

  /**
   * All fees received.
   *
   * @return the total, or empty when suppressed
   */
  public abstract Optional<Money> feesReceived();

  /**
   * All value got back in money: fees, plus time credits when the ledger's settings value them.
   *
   * @return the total, or empty when suppressed
   */
  public abstract Optional<Money> valueReturned();

  /**
   * Value got back for each hour given, leaving out the hours of staff paid by salary.
   *
   * @return the amount, or empty when suppressed, when nobody whose return is known gave time, or
   *     on the row for everybody (the report gives no such total)
   */
  public abstract Optional<Money> valueReturnedPerHour();

  /**
   * How many gave time and got nothing back of any kind, salaried staff aside.
   *
   * @return the count, none or k or more; empty when the group is suppressed or the count is from 1
   *     to k &minus; 1. On the row for everybody it is the report's own count, which the report
   *     gives even when it leaves the totals out
   */
  public abstract Optional<Integer> contributorsWithoutReturn();

  /**
   * Expenses claimed and not yet paid back.
   *
   * @return the total, or empty when suppressed
   */
  public abstract Optional<Money> expensesUnreimbursed();

  /**
   * The ledger's currency, so that amounts of several ledgers are not added across currencies.
   *
   * @return an ISO 4217 code such as {@code GBP}
   */
  public abstract String currency();

  /**
   * Starts a new row.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FairnessRow}; {@code build()} checks the invariants. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableFairnessRow.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("evaluationId", evaluationId());
    Checks.id("initiativeId", initiativeId());
    Checks.id("ledgerId", ledgerId());
    Checks.notBlank("currency", currency());
    boolean anyFigure =
        people().isPresent()
            || hoursGiven().isPresent()
            || feesReceived().isPresent()
            || valueReturned().isPresent()
            || valueReturnedPerHour().isPresent()
            || expensesUnreimbursed().isPresent();
    if (suppressed() && anyFigure) {
      throw CoProductionException.at(
          "suppressed", "a row whose figures are left out to protect people shows no figures");
    }
  }
}
