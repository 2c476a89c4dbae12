package org.coproduction.scoring.fairness;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Which form of the Gini coefficient a fairness report uses for the spread of return per hour. Both
 * are 0 when everyone gets the same per hour; they differ in how close to 1 they can get.
 */
@API(status = STABLE, since = "0.1")
public enum GiniNormalisation {
  /**
   * The mean absolute difference form, G = &Sigma;<sub>i</sub>&Sigma;<sub>j</sub> |x<sub>i</sub>
   * &minus; x<sub>j</sub>| / (2 n&sup2; &mu;). When one person gets everything it is (n &minus; 1)
   * / n, so a group of four can never score above 0.75.
   */
  PLAIN,
  /**
   * The plain form times n / (n &minus; 1), which is exactly 1 when one person gets everything,
   * whatever the group size. The default: initiatives are small, and the plain form would make a
   * small group look fairer than it is.
   */
  SAMPLE_CORRECTED
}
