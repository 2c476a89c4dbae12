package org.coproduction.report.actions;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One planned action as a later round sees it: whether it was due by that round's date and whether
 * its item is still flagged.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableActionCheck.class)
@JsonDeserialize(as = ImmutableActionCheck.class)
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class ActionCheck {
  ActionCheck() {}

  /**
   * The action, as the plan has it.
   *
   * @return the action
   */
  @JsonProperty("action")
  public abstract PlannedAction action();

  /**
   * Whether the action's due date fell on or before the date of the round checked.
   *
   * @return true when it was due
   */
  @JsonProperty("due")
  public abstract boolean due();

  /**
   * Whether the round checked still flags the action's item.
   *
   * @return true when the flag is still raised
   */
  @JsonProperty("stillFlagged")
  public abstract boolean stillFlagged();

  /**
   * Whether the action was due, is neither done nor dropped, and its flag is still raised: what a
   * report names on its own, so that it cannot be missed.
   *
   * @return true for an overdue action whose flag is still raised
   */
  public boolean overdueAndStillFlagged() {
    return due() && action().status().open() && stillFlagged();
  }

  /**
   * An action as a round sees it.
   *
   * @param action the action
   * @param due whether it was due by the round's date
   * @param stillFlagged whether the round still flags its item
   * @return the check
   */
  public static ActionCheck of(PlannedAction action, boolean due, boolean stillFlagged) {
    return ImmutableActionCheck.builder()
        .action(action)
        .due(due)
        .stillFlagged(stillFlagged)
        .build();
  }
}
