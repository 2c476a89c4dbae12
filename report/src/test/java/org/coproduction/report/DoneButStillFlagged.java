package org.coproduction.report;

import java.util.List;
import org.coproduction.report.actions.ActionPlan;
import org.coproduction.report.actions.ActionStatus;
import org.coproduction.report.actions.PlannedAction;

/**
 * The opportunities fair with one action marked done whose flag the second year still raises: its
 * first expenses action ({@code a02}, travel costs and a fee for each planning meeting) marked
 * {@code DONE}, while the 2025 raters still flag {@code expenses-and-fees}. The bundled fair clears
 * every flag whose action was done, so this is the case its own data never shows.
 */
public final class DoneButStillFlagged {
  /** The action marked done. */
  public static final String ACTION_ID = "a02";

  /** Its item, still flagged in the second year. */
  public static final String ITEM_ID = "expenses-and-fees";

  private DoneButStillFlagged() {}

  /**
   * The fair with {@link #ACTION_ID} marked done.
   *
   * @return the evaluation
   */
  public static Evaluation fair() {
    Evaluation fair = BundledExamples.load("opportunities-fair");
    ActionPlan plan = fair.actionPlan().orElseThrow();
    List<PlannedAction> actions =
        plan.actions().stream()
            .map(
                a ->
                    a.id().equals(ACTION_ID)
                        ? PlannedAction.builder().from(a).status(ActionStatus.DONE).build()
                        : a)
            .toList();
    return Evaluation.builder()
        .from(fair)
        .actionPlan(ActionPlan.builder().from(plan).actions(actions).build())
        .build();
  }
}
