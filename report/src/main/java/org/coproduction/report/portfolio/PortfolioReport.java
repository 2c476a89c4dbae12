package org.coproduction.report.portfolio;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.coproduction.core.practice.JigsawArea;
import org.immutables.value.Value;

/**
 * What a portfolio of evaluations shows at once, from each evaluation's latest round: the spread of
 * scores, the red flags that recur, the initiatives in order with their uncertainty, and the groups
 * least heard. {@link Portfolio#of} builds it; {@link PortfolioText} and {@link PortfolioHtml}
 * write it.
 */
@Value.Immutable
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class PortfolioReport {
  PortfolioReport() {}

  /**
   * How many evaluations the portfolio holds.
   *
   * @return the count, 1 or more
   */
  public abstract int evaluations();

  /**
   * k: the fewest initiatives a spread is shown for.
   *
   * @return the smallest number, 1 or more
   */
  public abstract int minimumInitiatives();

  /**
   * The spread of conclusive overall scores.
   *
   * @return the spread
   */
  public abstract Distribution overall();

  /**
   * The spread of conclusive scores of each area of the jigsaw, in the jigsaw's order.
   *
   * @return one spread per area
   */
  public abstract Map<JigsawArea, Distribution> areas();

  /**
   * The spread of conclusive scores of each principle, keyed {@code framework/principle}, in the
   * order of their keys.
   *
   * @return one spread per principle
   */
  public abstract Map<String, Distribution> principles();

  /**
   * The items flagged red, most often first, then by id.
   *
   * @return the flags and their counts
   */
  public abstract List<RecurringFlag> recurringFlags();

  /**
   * Every evaluation's initiative: ranked ones highest first, then the unranked.
   *
   * @return one entry per evaluation
   */
  public abstract List<RankedInitiative> initiatives();

  /**
   * Every interest group, least heard first.
   *
   * @return one count per group
   */
  public abstract List<LeastHeard> leastHeard();

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutablePortfolioReport.Builder {}
}
