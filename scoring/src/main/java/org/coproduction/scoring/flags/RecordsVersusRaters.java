package org.coproduction.scoring.flags;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.coproduction.checklist.Answer;
import org.coproduction.scoring.AnswerValues;

/**
 * How what an initiative's records show compares with what raters said about the same item. A wide
 * difference either way is worth a look: records may miss what people lived through, and people may
 * not know what the records show.
 *
 * <p>The one rule, used by red flags and by any report that compares records with raters: the
 * records' answer is worth {@code YES} 100, {@code PARTLY} 50, {@code NO} 0 (see {@link
 * AnswerValues}); records and raters disagree when the raters' item score and that value are {@link
 * #WIDE_GAP} points or more apart. Call {@link #compare(Answer, double)}.
 */
public enum RecordsVersusRaters {
  /** The records and the raters' score are less than {@link #WIDE_GAP} points apart. */
  AGREE,
  /**
   * The records are at least {@link #WIDE_GAP} points worse than the raters' score: for example the
   * records say {@code NO} while raters score the item 50 or more.
   */
  RECORDS_WORSE,
  /**
   * The records are at least {@link #WIDE_GAP} points better than the raters' score: for example
   * the records say {@code YES} while raters score the item 50 or less.
   */
  RECORDS_BETTER;

  /** How many points apart, or more, the records and the raters' score disagree: 50. */
  public static final double WIDE_GAP = 50;

  /**
   * Compares what the records say about an item with the raters' score for it.
   *
   * @param records the records' answer to the item
   * @param raterScore the raters' item score, from 0 to 100
   * @return {@link #RECORDS_WORSE} when the raters' score is {@link #WIDE_GAP} points or more above
   *     the records' value, {@link #RECORDS_BETTER} when it is that far below, else {@link #AGREE};
   *     empty when the records say {@code DONT_KNOW} or {@code NOT_APPLICABLE}, which have no value
   */
  public static Optional<RecordsVersusRaters> compare(Answer records, double raterScore) {
    Objects.requireNonNull(records, "records");
    OptionalDouble value = AnswerValues.valueOf(records);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    double difference = raterScore - value.getAsDouble() * 100;
    if (difference >= WIDE_GAP) {
      return Optional.of(RECORDS_WORSE);
    }
    if (difference <= -WIDE_GAP) {
      return Optional.of(RECORDS_BETTER);
    }
    return Optional.of(AGREE);
  }
}
