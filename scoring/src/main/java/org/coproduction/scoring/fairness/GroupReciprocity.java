package org.coproduction.scoring.fairness;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.internal.Checks;
import org.coproduction.core.ledger.Money;
import org.coproduction.core.people.InterestGroup;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What the people of one interest group put in and got back, added up. A group with fewer than k
 * people in the ledger (3 unless set otherwise) is suppressed: every figure, the head count too, is
 * left out and {@link #suppressed()} says why, so a handful of people's pay cannot be read off the
 * report. One more group may be suppressed with it so that the hidden figures cannot be worked out
 * from the total.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGroupReciprocity.class)
@JsonDeserialize(as = ImmutableGroupReciprocity.class)
@API(status = STABLE, since = "0.1")
public abstract class GroupReciprocity {
  GroupReciprocity() {}

  /**
   * The interest group.
   *
   * @return the group
   */
  @JsonProperty("group")
  public abstract InterestGroup group();

  /**
   * How many people of the group the ledger lists.
   *
   * @return the count, or empty when suppressed
   */
  @JsonProperty("people")
  public abstract Optional<Integer> people();

  /**
   * All the time the group gave.
   *
   * @return the hours, or empty when suppressed
   */
  @JsonProperty("hoursGiven")
  public abstract Optional<Duration> hoursGiven();

  /**
   * All fees the group received.
   *
   * @return the total, or empty when suppressed
   */
  @JsonProperty("feesReceived")
  public abstract Optional<Money> feesReceived();

  /**
   * All value the group got back in money: fees, plus time credits when they are valued.
   *
   * @return the total, or empty when suppressed
   */
  @JsonProperty("valueReturned")
  public abstract Optional<Money> valueReturned();

  /**
   * The group's value returned for each hour it gave, counting only the hours of members whose
   * return is in the ledger: the hours of staff paid by their salary are left out, since what they
   * got for them is not known.
   *
   * @return the amount per hour, or empty when suppressed or when no such member gave time
   */
  @JsonProperty("valueReturnedPerHour")
  public abstract Optional<Money> valueReturnedPerHour();

  /**
   * How many of the group gave time and got no return of any kind, salaried staff aside.
   *
   * @return the count, none or k or more; empty when the row is suppressed or the count is from 1
   *     to k &minus; 1 (then {@link FairnessReport#figuresLeftOut()} is true and the report's own
   *     count, {@link FairnessReport#peopleWithoutReturn()}, is left out too, so it cannot be
   *     worked out by subtraction)
   */
  @JsonProperty("contributorsWithoutReturn")
  public abstract Optional<Integer> contributorsWithoutReturn();

  /**
   * What the group is still out of pocket.
   *
   * @return the total, or empty when suppressed
   */
  @JsonProperty("expensesUnreimbursed")
  public abstract Optional<Money> expensesUnreimbursed();

  /**
   * Why the figures are hidden, for example {@code suppressed: fewer than 3 people}.
   *
   * @return the reason, or empty when the figures are shown
   */
  @JsonProperty("suppressed")
  public abstract Optional<String> suppressed();

  /**
   * Starts a new group row.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GroupReciprocity}; {@code build()} checks the invariants. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableGroupReciprocity.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    boolean anyFigure =
        people().isPresent()
            || hoursGiven().isPresent()
            || feesReceived().isPresent()
            || valueReturned().isPresent()
            || valueReturnedPerHour().isPresent()
            || contributorsWithoutReturn().isPresent()
            || expensesUnreimbursed().isPresent();
    if (suppressed().isPresent()) {
      Checks.notBlank("suppressed", suppressed().get());
      if (anyFigure) {
        throw CoProductionException.at("suppressed", "a suppressed group shows no figures");
      }
      return;
    }
    if (people().isEmpty()
        || hoursGiven().isEmpty()
        || feesReceived().isEmpty()
        || valueReturned().isEmpty()
        || expensesUnreimbursed().isEmpty()) {
      throw CoProductionException.at(
          "suppressed",
          "a group that is not suppressed shows people, hoursGiven, feesReceived, valueReturned"
              + " and expensesUnreimbursed");
    }
    if (people().get() < 1) {
      throw CoProductionException.at("people", "must be 1 or more, was " + people().get());
    }
    Rates.notNegative("hoursGiven", hoursGiven().get());
    if (contributorsWithoutReturn().isPresent()) {
      Checks.notNegative("contributorsWithoutReturn", contributorsWithoutReturn().get());
    }
    if (hoursGiven().get().isZero() && valueReturnedPerHour().isPresent()) {
      throw CoProductionException.at(
          "valueReturnedPerHour", "is left out when the group gave no time");
    }
  }
}
