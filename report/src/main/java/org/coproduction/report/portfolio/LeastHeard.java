package org.coproduction.report.portfolio;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.people.InterestGroup;
import org.immutables.value.Value;

/**
 * An interest group, and in how many initiatives its voice is missing from the latest overall
 * score: nobody of the group answered, or too few for their answers to be shown. "Nothing about any
 * of us without all of us": a group missing across a portfolio is a pattern, not bad luck.
 */
@Value.Immutable
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class LeastHeard {
  LeastHeard() {}

  /**
   * The group.
   *
   * @return the interest group
   */
  @Value.Parameter
  public abstract InterestGroup group();

  /**
   * In how many initiatives the group has no score that is shown.
   *
   * @return 0 or more
   */
  @Value.Parameter
  public abstract int initiativesWithoutTheirVoice();

  /**
   * A group's count.
   *
   * @param group the group
   * @param initiativesWithoutTheirVoice in how many initiatives it is not heard
   * @return the count
   */
  public static LeastHeard of(InterestGroup group, int initiativesWithoutTheirVoice) {
    return ImmutableLeastHeard.of(group, initiativesWithoutTheirVoice);
  }

  @Value.Check
  void check() {
    if (initiativesWithoutTheirVoice() < 0) {
      throw CoProductionException.at("initiativesWithoutTheirVoice", "must be 0 or more");
    }
  }
}
