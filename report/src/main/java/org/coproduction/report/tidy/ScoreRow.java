package org.coproduction.report.tidy;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.internal.Checks;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.practice.JigsawArea;
import org.immutables.value.Value;

/**
 * One score of one rating round, for all raters together or for one interest group: one row of the
 * tidy scores table. The {@linkplain TidyCsv#SCORE_COLUMNS columns} say the same in CSV.
 */
@Value.Immutable
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class ScoreRow {
  ScoreRow() {}

  /**
   * The evaluation the score comes from, so tables of many evaluations can be stacked.
   *
   * @return the evaluation's id
   */
  public abstract String evaluationId();

  /**
   * The initiative whose co-production is scored.
   *
   * @return the initiative's id
   */
  public abstract String initiativeId();

  /**
   * The rating round.
   *
   * @return the review round's id, or empty when the answers name no round
   */
  public abstract Optional<String> roundId();

  /**
   * What is scored: the whole checklist, an area, a principle or an item.
   *
   * @return the level
   */
  public abstract TidyLevel level();

  /**
   * Which area, principle or item is scored.
   *
   * @return the area's code, the principle's id or the item's id; empty for the overall score
   */
  public abstract Optional<String> subject();

  /**
   * The framework a principle belongs to.
   *
   * @return the framework's id on principle rows, otherwise empty
   */
  public abstract Optional<String> frameworkId();

  /**
   * The area of the jigsaw an item or area row belongs to.
   *
   * @return the area on area and item rows, otherwise empty
   */
  public abstract Optional<JigsawArea> area();

  /**
   * Whose answers the score comes from.
   *
   * @return the interest group, or empty for all raters together (written {@code ALL})
   */
  public abstract Optional<InterestGroup> group();

  /**
   * The score from 0 to 100.
   *
   * @return the score, or empty when there is none: no scored answers, or a group whose answers are
   *     left out to protect people
   */
  public abstract Optional<Double> value();

  /**
   * How many people's answers the score rests on.
   *
   * @return the count, or empty when a group's count is not shown
   */
  public abstract Optional<Integer> raters();

  /**
   * Whether the score can be relied on: {@code CONCLUSIVE}, {@code INCONCLUSIVE} or {@code
   * NO_ANSWERS} for all raters, {@code SHOWN} or {@code NO_RATERS} for a group, as the JSON report
   * spells them.
   *
   * @return the status code
   */
  public abstract String status();

  /**
   * The band the score falls in, such as {@code ON_THE_WAY}.
   *
   * @return the band for all raters' overall, area and principle scores when there is a value,
   *     otherwise empty
   */
  public abstract Optional<String> band();

  /**
   * Whether the item raised a red flag.
   *
   * @return on item rows for all raters, whether it is flagged; otherwise empty
   */
  public abstract Optional<Boolean> redFlag();

  /**
   * Starts a new row.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScoreRow}; {@code build()} checks the invariants. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableScoreRow.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("evaluationId", evaluationId());
    Checks.id("initiativeId", initiativeId());
    roundId().ifPresent(r -> Checks.id("roundId", r));
    Checks.notBlank("status", status());
  }
}
