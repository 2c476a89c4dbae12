package org.coproduction.scoring;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.apiguardian.api.API;
import org.coproduction.core.internal.Checks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How far the raters of one item agree, so a reader can tell a firm 50 (everyone said {@code
 * PARTLY}) from a split one (half said {@code YES}, half {@code NO}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAnswerSpread.class)
@JsonDeserialize(as = ImmutableAnswerSpread.class)
@API(status = STABLE, since = "0.1")
public abstract class AnswerSpread {
  AnswerSpread() {}

  /**
   * The population standard deviation of the raters' answers in score points (answers worth 100, 50
   * and 0), to one decimal: 0 when all agree, 50 when half say yes and half say no.
   *
   * @return 0 to 50
   */
  @Value.Parameter
  @JsonProperty("standardDeviation")
  public abstract double standardDeviation();

  /**
   * The share of raters who gave the most common answer, to two decimals: 1 when all agree.
   *
   * @return more than 0 and at most 1
   */
  @Value.Parameter
  @JsonProperty("modalShare")
  public abstract double modalShare();

  /**
   * A spread.
   *
   * @param standardDeviation the standard deviation in score points
   * @param modalShare the share giving the most common answer
   * @return the spread
   */
  public static AnswerSpread of(double standardDeviation, double modalShare) {
    return ImmutableAnswerSpread.of(standardDeviation, modalShare);
  }

  @Value.Check
  void check() {
    Checks.between("standardDeviation", standardDeviation(), 0, 50);
    Checks.between("modalShare", modalShare(), 0, 1);
  }
}
