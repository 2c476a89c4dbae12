package org.coproduction.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.apiguardian.api.API;
import org.coproduction.core.internal.Checks;
import org.coproduction.core.people.InterestGroup;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What the raters of one interest group added in their own words to one checklist item. A comment
 * says why someone answered as they did, and often what to change; it is the part of the answers a
 * provider learns most from. It is shown without its rater: no name, no id, and in alphabetical
 * order rather than the order people answered in, and only when the group's answers to the item
 * count under the report's disclosure rule (at least k people of the group answered it).
 *
 * <p>{@link EvaluationReport#comments()} holds them; every report format shows them under their
 * item.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGroupComments.class)
@JsonDeserialize(as = ImmutableGroupComments.class)
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class GroupComments {
  GroupComments() {}

  /**
   * The item the comments are about.
   *
   * @return the item id, for example {@code expenses-and-fees}
   */
  @JsonProperty("itemId")
  public abstract String itemId();

  /**
   * The interest group of the raters who wrote them.
   *
   * @return the group
   */
  @JsonProperty("interestGroup")
  public abstract InterestGroup interestGroup();

  /**
   * The comments, each as its rater wrote it, in alphabetical order.
   *
   * @return one or more comments
   */
  @JsonProperty("comments")
  public abstract List<String> comments();

  /**
   * Starts a new set of comments.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GroupComments}; {@code build()} checks the invariants. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableGroupComments.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("itemId", itemId());
    Checks.notEmpty("comments", comments(), "comment");
    for (int i = 0; i < comments().size(); i++) {
      Checks.notBlank("comments[" + i + "]", comments().get(i));
    }
  }
}
