package org.coproduction.checklist;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.internal.Checks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One choice a rater can pick on an {@link AnswerScale}: an answer such as "strongly agree", with
 * the value it is worth on the 0 to 100 score, or an option that is not an answer, such as "don't
 * know", which has no value and never counts. The code is what a response set stores; the label and
 * the easy-read label are what raters see.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAnswerOption.class)
@JsonDeserialize(as = ImmutableAnswerOption.class)
@API(status = EXPERIMENTAL, since = "0.3")
public abstract class AnswerOption {
  AnswerOption() {}

  /**
   * What a response set stores for this choice, unique within its scale.
   *
   * @return a code such as {@code STRONGLY_AGREE} or {@code YES}
   */
  @JsonProperty("code")
  public abstract String code();

  /**
   * The choice as raters see it.
   *
   * @return a label such as {@code Strongly agree}
   */
  @JsonProperty("label")
  public abstract String label();

  /**
   * The choice in easy read: short, everyday words.
   *
   * @return a label such as {@code I agree a lot}
   */
  @JsonProperty("easyRead")
  public abstract String easyRead();

  /**
   * What the answer is worth on the 0 to 100 score; empty for an option that is not an answer
   * (don't know, not applicable), which is left out of every score.
   *
   * @return 0 to 100, or empty
   */
  @JsonProperty("value")
  public abstract Optional<Double> value();

  /**
   * An answer worth {@code value} on the 0 to 100 score.
   *
   * @param code what a response set stores
   * @param label what raters see
   * @param easyRead what raters see in easy read
   * @param value 0 to 100
   * @return the option
   */
  public static AnswerOption answer(String code, String label, String easyRead, double value) {
    return builder().code(code).label(label).easyRead(easyRead).value(value).build();
  }

  /**
   * An option that is not an answer, such as don't know: it never counts towards a score.
   *
   * @param code what a response set stores
   * @param label what raters see
   * @param easyRead what raters see in easy read
   * @return the option
   */
  public static AnswerOption notAnAnswer(String code, String label, String easyRead) {
    return builder().code(code).label(label).easyRead(easyRead).build();
  }

  /**
   * Starts a new option.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AnswerOption}; {@code build()} checks the invariants. */
  @API(status = EXPERIMENTAL, since = "0.3")
  public static final class Builder extends ImmutableAnswerOption.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("code", code());
    Checks.notBlank("label", label());
    Checks.notBlank("easyRead", easyRead());
    if (value().isPresent()) {
      double v = value().get();
      if (!(v >= 0 && v <= 100)) {
        throw CoProductionException.at(
            "value", "must be a score from 0 to 100, was " + Checks.plain(v));
      }
      if (BigDecimal.valueOf(v).stripTrailingZeros().scale() > 3) {
        throw CoProductionException.at(
            "value", "must have at most three decimals, such as 33.333, was " + Checks.plain(v));
      }
    }
  }
}
