package org.coproduction.checklist;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.internal.Checks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The answer an initiative's own records give to a record-based checklist item, with the evidence
 * behind it.
 *
 * <p>A record-based answer sits beside what people said; it never replaces it. When the records say
 * {@code NO} and raters say {@code YES} (or the other way round), the disagreement is itself worth
 * showing to the provider.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRecordAnswer.class)
@JsonDeserialize(as = ImmutableRecordAnswer.class)
@API(status = STABLE, since = "0.1")
public abstract class RecordAnswer {
  RecordAnswer() {}

  /**
   * The checklist item the records answer.
   *
   * @return the item id, for example {@code notice-given}
   */
  @JsonProperty("itemId")
  public abstract String itemId();

  /**
   * What the records show: {@code YES}, {@code PARTLY} or {@code NO}, or {@code NOT_APPLICABLE}
   * when the records hold nothing the item is about (no meetings at all, say), or {@code DONT_KNOW}
   * when the records are not complete enough to tell.
   *
   * @return the answer
   */
  @JsonProperty("answer")
  public abstract Answer answer();

  /**
   * What backs the answer: for a {@code NO} or {@code PARTLY}, each record that falls short; for a
   * {@code YES}, may be empty or list what was checked.
   *
   * @return the evidence, in a stable order
   */
  @JsonProperty("evidence")
  public abstract List<Evidence> evidence();

  /**
   * Starts a new record-based answer.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RecordAnswer}; {@code build()} checks the invariants. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableRecordAnswer.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("itemId", itemId());
    if ((answer() == Answer.NO || answer() == Answer.PARTLY) && evidence().isEmpty()) {
      throw CoProductionException.at(
          "evidence", "a " + answer() + " from the records must name the records that fall short");
    }
  }
}
