package org.coproduction.core.ledger;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.internal.Checks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Something one person got back for taking part: the "getting something back" half of reciprocity
 * ("Co-production in social care: What it is and how to do it", SCIE, October 2013, updated October
 * 2015, section "Reciprocity").
 *
 * <p>Money returns ({@link ReturnKind#FEE}, {@link ReturnKind#EXPENSES}) carry an {@link
 * #amount()}; a {@link ReturnKind#TIME_CREDITS} return carries the {@link #creditHours()} earned;
 * training, recognition and returns in kind carry neither, since their worth is not money paid to
 * the person. Reimbursed expense claims are not returns: they are recorded once, as an {@link
 * ExpenseClaim}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReturn.class)
@JsonDeserialize(as = ImmutableReturn.class)
@API(status = STABLE, since = "0.1")
public abstract class Return {
  Return() {}

  /**
   * An id, unique among the ledger's returns.
   *
   * @return the id, for example {@code r3}
   */
  @JsonProperty("id")
  public abstract String id();

  /**
   * The pseudonymous id of the person who got the return.
   *
   * @return a participant id listed in the ledger
   */
  @JsonProperty("participantId")
  public abstract String participantId();

  /**
   * The day the return was paid or given.
   *
   * @return the date
   */
  @JsonProperty("date")
  public abstract LocalDate date();

  /**
   * What kind of return this is.
   *
   * @return the kind
   */
  @JsonProperty("kind")
  public abstract ReturnKind kind();

  /**
   * The money paid, for a fee or expenses; in the ledger's currency.
   *
   * @return the amount for {@link ReturnKind#FEE} and {@link ReturnKind#EXPENSES}, empty for every
   *     other kind
   */
  @JsonProperty("amount")
  public abstract Optional<Money> amount();

  /**
   * The hours of time credit earned, for a time-credits return: one credit for each hour given
   * ("Co-production in social care: What it is and how to do it", SCIE, October 2013, updated
   * October 2015, section "Structures for valuing and rewarding people"). Written in JSON as
   * ISO-8601 text such as {@code "PT3H"}.
   *
   * @return the credit hours, 0 or more, for {@link ReturnKind#TIME_CREDITS}; empty for every other
   *     kind
   */
  @JsonProperty("creditHours")
  public abstract Optional<Duration> creditHours();

  /**
   * A short note on what was given, for people reading the ledger.
   *
   * @return the note, or empty
   */
  @JsonProperty("description")
  public abstract Optional<String> description();

  /**
   * Starts a new return.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Return}; {@code build()} checks the invariants. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableReturn.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    Checks.id("participantId", participantId());
    boolean money = kind() == ReturnKind.FEE || kind() == ReturnKind.EXPENSES;
    if (money && amount().isEmpty()) {
      throw CoProductionException.at("amount", "a " + kind() + " return needs an amount");
    }
    if (!money && amount().isPresent()) {
      throw CoProductionException.at(
          "amount", "only a FEE or EXPENSES return carries an amount; this one is " + kind());
    }
    boolean credits = kind() == ReturnKind.TIME_CREDITS;
    if (credits && creditHours().isEmpty()) {
      throw CoProductionException.at(
          "creditHours", "a TIME_CREDITS return needs the credit hours earned");
    }
    if (!credits && creditHours().isPresent()) {
      throw CoProductionException.at(
          "creditHours", "only a TIME_CREDITS return carries credit hours; this one is " + kind());
    }
    creditHours().ifPresent(h -> Hours.notNegative("creditHours", h));
    description().ifPresent(d -> Checks.notBlank("description", d));
  }
}
