package org.coproduction.checklist;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.internal.Checks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One rater's answer to one checklist item, with what they want to add. A comment says why; it is
 * often the most useful part for the organisation, because it says what to change. Evidence points
 * to something others can check, such as the minutes of a meeting.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableItemResponse.class)
@JsonDeserialize(as = ImmutableItemResponse.class)
@API(status = STABLE, since = "0.1")
public abstract class ItemResponse {
  ItemResponse() {}

  /**
   * The item answered.
   *
   * @return the item id, for example {@code notice-given}
   */
  @JsonProperty("itemId")
  public abstract String itemId();

  /**
   * The answer. {@code DONT_KNOW} and {@code NOT_APPLICABLE} are real answers but never count as a
   * pass.
   *
   * @return the answer
   */
  @JsonProperty("answer")
  public abstract Answer answer();

  /**
   * What the rater wants to add, in their own words. Free text can say anything about a person, so
   * it is left out of {@code toString} and never shown in error messages.
   *
   * @return the comment, or empty
   */
  @Value.Redacted
  @JsonProperty("comment")
  public abstract Optional<String> comment();

  /**
   * Something that backs the answer up and others can check, such as {@code minutes of the 3 March
   * meeting}.
   *
   * @return the evidence, or empty
   */
  @Value.Redacted
  @JsonProperty("evidence")
  public abstract Optional<String> evidence();

  /**
   * An answer with no comment or evidence.
   *
   * @param itemId the item answered
   * @param answer the answer
   * @return the response
   */
  public static ItemResponse of(String itemId, Answer answer) {
    return builder().itemId(itemId).answer(answer).build();
  }

  /**
   * Starts a new response, for an answer with a comment or evidence.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ItemResponse}; {@code build()} checks the invariants. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableItemResponse.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("itemId", itemId());
    comment().ifPresent(c -> Checks.notBlank("comment", c));
    evidence().ifPresent(e -> Checks.notBlank("evidence", e));
  }
}
