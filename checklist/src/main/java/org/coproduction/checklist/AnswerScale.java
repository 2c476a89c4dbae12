package org.coproduction.checklist;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.internal.Checks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The answers a rater can give to a checklist item, in the order raters see them, each worth a
 * value on the 0 to 100 score, and the options that are not answers (don't know, not applicable),
 * which never count. Councils and researchers use instruments that ask for agreement on five points
 * or for progress on four, not only yes, partly or no; a scale is data, so a checklist can use any
 * of them. The built-in scales are in {@link AnswerScales}; a checklist document can define its own
 * in {@link Checklist#scales()}.
 *
 * <p>The rules every scale keeps, so that a score means the same whatever the scale: two to {@value
 * #MAX_ANSWERS} answers; codes unique across answers and non-answers; the answers in order, each
 * worth strictly more than the one before or each strictly less (a better answer never lowers a
 * score); the bottom answer worth 0 and the top one 100.
 *
 * <p>The <em>bottom of the scale</em> is the answer worth 0 ({@code NO}, {@code STRONGLY_DISAGREE},
 * {@code NOT_STARTED}): the answer that says the practice is not there at all. Red flags count it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAnswerScale.class)
@JsonDeserialize(as = ImmutableAnswerScale.class)
@API(status = EXPERIMENTAL, since = "0.3")
public abstract class AnswerScale {
  /** The most answers a scale may have: 11, as on a scale from 0 to 10. */
  public static final int MAX_ANSWERS = 11;

  AnswerScale() {}

  /**
   * The name a checklist or item uses for the scale.
   *
   * @return an id such as {@code agreement-5}
   */
  @JsonProperty("id")
  public abstract String id();

  /**
   * What the scale asks, in a few words.
   *
   * @return a title such as {@code How much do you agree?}
   */
  @JsonProperty("title")
  public abstract String title();

  /**
   * The answers, in the order raters see them, from the top of the scale down or from the bottom
   * up.
   *
   * @return two to {@value #MAX_ANSWERS} answers, each with a value
   */
  @JsonProperty("options")
  public abstract List<AnswerOption> options();

  /**
   * The options that are not answers, such as don't know or not applicable, shown after the
   * answers. Raters are entitled to give them; they say nothing about how well the practice is
   * done, so they count neither as a pass nor as a fail.
   *
   * @return options without a value; may be empty
   */
  @JsonProperty("notAnswers")
  public abstract List<AnswerOption> notAnswers();

  /**
   * Every code a rater may give, answers first, in the order raters see them.
   *
   * @return the codes
   */
  public List<String> codes() {
    List<String> codes = new ArrayList<>();
    options().forEach(o -> codes.add(o.code()));
    notAnswers().forEach(o -> codes.add(o.code()));
    return List.copyOf(codes);
  }

  /**
   * Looks up a code among the answers and the options that are not answers.
   *
   * @param code a code from a response set
   * @return the option, or empty when the scale has no such code
   */
  public Optional<AnswerOption> option(String code) {
    AnswerOption found = byCode().get(code);
    return Optional.ofNullable(found);
  }

  /**
   * What an answer is worth on the 0 to 100 score.
   *
   * @param code a code from a response set
   * @return the value, or empty for an option that is not an answer or a code the scale lacks
   */
  public OptionalDouble valueOf(String code) {
    AnswerOption found = byCode().get(code);
    return found == null || found.value().isEmpty()
        ? OptionalDouble.empty()
        : OptionalDouble.of(found.value().get());
  }

  /**
   * Whether a code is one of the answers, so it counts towards a score.
   *
   * @param code a code from a response set
   * @return true for an answer, false for an option that is not an answer or an unknown code
   */
  public boolean isAnswer(String code) {
    return valueOf(code).isPresent();
  }

  /**
   * The answers from the bottom of the scale to the top, whatever order raters see them in: the
   * order agreement statistics and reports rank them by.
   *
   * @return the answers, lowest value first
   */
  @Value.Lazy
  public List<AnswerOption> ascending() {
    List<AnswerOption> sorted = new ArrayList<>(options());
    sorted.sort(Comparator.comparingDouble(o -> o.value().orElseThrow()));
    return List.copyOf(sorted);
  }

  /**
   * The answer worth 0: the bottom of the scale, which red flags count.
   *
   * @return the bottom answer
   */
  public AnswerOption bottom() {
    return ascending().get(0);
  }

  /**
   * The answer worth 100: the top of the scale.
   *
   * @return the top answer
   */
  public AnswerOption top() {
    return ascending().get(ascending().size() - 1);
  }

  @Value.Lazy
  Map<String, AnswerOption> byCode() {
    Map<String, AnswerOption> map = new HashMap<>();
    options().forEach(o -> map.put(o.code(), o));
    notAnswers().forEach(o -> map.put(o.code(), o));
    return Map.copyOf(map);
  }

  /**
   * Starts a new scale.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AnswerScale}; {@code build()} checks the invariants. */
  @API(status = EXPERIMENTAL, since = "0.3")
  public static final class Builder extends ImmutableAnswerScale.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    Checks.notBlank("title", title());
    if (options().size() < 2 || options().size() > MAX_ANSWERS) {
      throw CoProductionException.at(
          "options",
          "a scale needs from 2 to "
              + MAX_ANSWERS
              + " answers that count, had "
              + options().size());
    }
    Map<String, String> seen = new HashMap<>();
    for (int i = 0; i < options().size(); i++) {
      AnswerOption o = options().get(i);
      String path = "options[" + i + "]";
      unique(seen, o.code(), path);
      if (o.value().isEmpty()) {
        throw CoProductionException.at(
            path + ".value",
            "answer '"
                + o.code()
                + "' needs its value on the 0 to 100 score; put an option that never counts,"
                + " such as don't know, under notAnswers");
      }
    }
    for (int i = 0; i < notAnswers().size(); i++) {
      AnswerOption o = notAnswers().get(i);
      String path = "notAnswers[" + i + "]";
      unique(seen, o.code(), path);
      if (o.value().isPresent()) {
        throw CoProductionException.at(
            path + ".value",
            "'" + o.code() + "' is not an answer, so it never counts and has no value");
      }
    }
    double first = options().get(0).value().get();
    double second = options().get(1).value().get();
    boolean rising = second > first;
    for (int i = 1; i < options().size(); i++) {
      double before = options().get(i - 1).value().get();
      double now = options().get(i).value().get();
      if (rising ? !(now > before) : !(now < before)) {
        throw CoProductionException.at(
            "options[" + i + "].value",
            "the answers must be in order, each worth "
                + (rising ? "more" : "less")
                + " than the one before: '"
                + options().get(i).code()
                + "' is worth "
                + Checks.plain(now)
                + " after '"
                + options().get(i - 1).code()
                + "' worth "
                + Checks.plain(before));
      }
    }
    double low = Math.min(first, options().get(options().size() - 1).value().get());
    double high = Math.max(first, options().get(options().size() - 1).value().get());
    if (low != 0 || high != 100) {
      throw CoProductionException.at(
          "options",
          "the bottom answer must be worth 0 and the top one 100, so that a score means the same"
              + " on every scale; here they are worth "
              + Checks.plain(low)
              + " and "
              + Checks.plain(high));
    }
  }

  private static void unique(Map<String, String> seen, String code, String path) {
    String first = seen.putIfAbsent(code, path);
    if (first != null) {
      throw CoProductionException.at(
          path + ".code", "code '" + code + "' is already used at " + first + " of this scale");
    }
  }
}
