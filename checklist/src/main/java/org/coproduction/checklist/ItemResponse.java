package org.coproduction.checklist;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
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
   * The code of the option the rater picked on the item's scale ({@link
   * Checklist#scaleOf(ChecklistItem)}), such as {@code YES} or {@code STRONGLY_AGREE}. Options that
   * are not answers, such as {@code DONT_KNOW}, are real answers but never count as a pass or a
   * fail. Whether the code is on the item's scale needs the checklist: see {@link
   * ResponseSet#validateAgainst(Checklist)}.
   *
   * @return the code
   */
  @JsonProperty("answer")
  @API(status = EXPERIMENTAL, since = "0.3")
  public abstract String answerCode();

  /**
   * The answer on the yes/partly/no scale, for callers written when every checklist used it.
   *
   * @return the answer
   * @throws CoProductionException when the code is not one of {@link Answer}'s, because the item is
   *     on another scale: read {@link #answerCode()} instead
   */
  public Answer answer() {
    for (Answer a : Answer.values()) {
      if (a.name().equals(answerCode())) {
        return a;
      }
    }
    throw CoProductionException.at(
        "answer",
        "'"
            + answerCode()
            + "' is not an answer on the yes/partly/no scale; read answerCode() for other scales");
  }

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
   * An answer on any scale, with no comment or evidence.
   *
   * @param itemId the item answered
   * @param answerCode the code of the option picked, such as {@code AGREE}
   * @return the response
   */
  @API(status = EXPERIMENTAL, since = "0.3")
  public static ItemResponse of(String itemId, String answerCode) {
    return builder().itemId(itemId).answerCode(answerCode).build();
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

    /**
     * Sets an answer on the yes/partly/no scale.
     *
     * @param answer the answer
     * @return this builder
     */
    public Builder answer(Answer answer) {
      answerCode(answer.name());
      return this;
    }
  }

  @Value.Check
  void check() {
    Checks.id("itemId", itemId());
    Checks.id("answer", answerCode());
    comment().ifPresent(c -> Checks.notBlank("comment", c));
    evidence().ifPresent(e -> Checks.notBlank("evidence", e));
  }
}
