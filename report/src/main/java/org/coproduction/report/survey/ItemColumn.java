package org.coproduction.report.survey;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.internal.Checks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One survey question that asks a checklist item: the column holding the answer word, the item it
 * answers, and optionally a column where the respondent could say more in their own words.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableItemColumn.class)
@JsonDeserialize(as = ImmutableItemColumn.class)
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class ItemColumn {
  ItemColumn() {}

  /**
   * The column's heading in the export, matched ignoring case and spaces at either end.
   *
   * @return the heading, never blank
   */
  @JsonProperty("column")
  public abstract String column();

  /**
   * The checklist item the question asks.
   *
   * @return the item id, for example {@code notice-given}
   */
  @JsonProperty("itemId")
  public abstract String itemId();

  /**
   * The heading of the column where the respondent could explain their answer. Its text becomes the
   * answer's comment; it is never shown in a problem message.
   *
   * @return the heading, or empty when the survey asked for no comment
   */
  @JsonProperty("commentColumn")
  public abstract Optional<String> commentColumn();

  /**
   * Starts a new item column.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ItemColumn}; {@code build()} checks the invariants. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableItemColumn.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank("column", column());
    Checks.id("itemId", itemId());
    commentColumn().ifPresent(c -> Checks.notBlank("commentColumn", c));
  }
}
