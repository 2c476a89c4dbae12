package org.coproduction.report.tidy;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.Severity;
import org.coproduction.core.internal.Checks;
import org.coproduction.core.practice.JigsawArea;
import org.coproduction.scoring.AnswerCounts;
import org.coproduction.scoring.ScoreStatus;
import org.coproduction.scoring.flags.RecordsVersusRaters;
import org.immutables.value.Value;

/**
 * One red flag of one rating round: one row of the tidy flags table, so a researcher can count
 * which failures recur across initiatives. The {@linkplain TidyCsv#FLAG_COLUMNS columns} say the
 * same in CSV.
 */
@Value.Immutable
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class FlagRow {
  FlagRow() {}

  /**
   * The evaluation the flag comes from.
   *
   * @return the evaluation's id
   */
  public abstract String evaluationId();

  /**
   * The initiative the flag is about.
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
   * The flagged checklist item.
   *
   * @return the item's id
   */
  public abstract String itemId();

  /**
   * The area of the jigsaw the item belongs to.
   *
   * @return the area
   */
  public abstract JigsawArea area();

  /**
   * How serious a failure of the item is.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * Whether the raters' answers to the item can be relied on.
   *
   * @return the status
   */
  public abstract ScoreStatus status();

  /**
   * Whether enough raters said no to raise the flag.
   *
   * @return true when the raters raised it
   */
  public abstract boolean ratersSaidNo();

  /**
   * Whether the initiative's own records answer the item no.
   *
   * @return true when the records raised it
   */
  public abstract boolean recordsSaidNo();

  /**
   * The share of scored answers that were no.
   *
   * @return from 0 to 1, or empty when nobody gave a scored answer
   */
  public abstract Optional<Double> noShare();

  /**
   * How the raters answered the item, all groups together.
   *
   * @return the counts of each answer
   */
  public abstract AnswerCounts answers();

  /**
   * What the records answer for a record-based item.
   *
   * @return the records' answer, or empty for an item only people can judge
   */
  public abstract Optional<Answer> recordAnswer();

  /**
   * Whether the records tell the same story as the raters.
   *
   * @return the comparison, or empty when the records do not answer the item
   */
  public abstract Optional<RecordsVersusRaters> recordsVersusRaters();

  /**
   * Starts a new row.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FlagRow}; {@code build()} checks the invariants. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableFlagRow.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("evaluationId", evaluationId());
    Checks.id("initiativeId", initiativeId());
    roundId().ifPresent(r -> Checks.id("roundId", r));
    Checks.id("itemId", itemId());
  }
}
