package org.coproduction.report.survey;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.apiguardian.api.API;
import org.coproduction.checklist.ItemResponse;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Role;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A respondent who ticked several roles or interest groups where the checklist needs one, under the
 * mapping's default rule {@link MultipleChoiceRule#REFUSE}. Their answers are kept here rather than
 * lost, so a co-production lead can decide with them which group they speak for, correct the
 * export, and import again; they are not scored until then.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHeldBackRespondent.class)
@JsonDeserialize(as = ImmutableHeldBackRespondent.class)
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class HeldBackRespondent {
  HeldBackRespondent() {}

  /**
   * The respondent's row, as a spreadsheet numbers the export.
   *
   * @return the row number
   */
  @JsonProperty("row")
  public abstract int row();

  /**
   * Every role the respondent ticked.
   *
   * @return the roles, in the order the cell lists them
   */
  @JsonProperty("roles")
  public abstract List<Role> roles();

  /**
   * Every interest group the respondent ticked.
   *
   * @return the groups, in the order the cell lists them; empty when the mapping reads no group
   */
  @JsonProperty("interestGroups")
  public abstract List<InterestGroup> interestGroups();

  /**
   * The respondent's answers, as they would have been imported.
   *
   * @return the answers
   */
  @JsonProperty("answers")
  public abstract List<ItemResponse> answers();

  /**
   * Starts a new held-back respondent.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HeldBackRespondent}. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableHeldBackRespondent.Builder {
    Builder() {}
  }
}
