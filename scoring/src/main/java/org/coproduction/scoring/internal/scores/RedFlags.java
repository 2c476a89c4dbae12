package org.coproduction.scoring.internal.scores;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.scoring.ItemScore;
import org.coproduction.scoring.ScoringSettings;
import org.coproduction.scoring.flags.FlagTrigger;
import org.coproduction.scoring.flags.RecordsVersusRaters;
import org.coproduction.scoring.flags.RedFlag;

/**
 * The items the provider should look at first. An item is flagged when the share of its raters who
 * answered at the bottom of its scale is at least {@link ScoringSettings#redFlagShare()} (bottom /
 * raters who gave an answer that counts), or when the records raise it by the severity rule of
 * {@link RecordsFlagRule} (a {@code NO}, or a {@code PARTLY} on a critical item). The bottom of a
 * scale is its answer worth 0 ({@code NO}, {@code STRONGLY_DISAGREE}, {@code NOT_STARTED}), so on
 * yes/partly/no the rule is no / (yes + partly + no), as it always was; either trigger is enough
 * and both are named. A flag also says how the records compare with the raters, by the one rule in
 * {@link RecordsVersusRaters#compare}.
 *
 * <p>Flags come most severe first; then by the share at the bottom, highest first (an item nobody
 * scored last); then flags the records raise before those they do not; then checklist order.
 */
final class RedFlags {
  private final double share;
  private final int minimumRaters;

  private RedFlags(double share, int minimumRaters) {
    this.share = share;
    this.minimumRaters = minimumRaters;
  }

  /**
   * The rule under chosen settings.
   *
   * @param settings the share of {@code NO} that raises a flag, and the raters an item needs
   * @return the rule
   */
  static RedFlags of(ScoringSettings settings) {
    return new RedFlags(settings.redFlagShare(), settings.minimumRaters());
  }

  /**
   * Flags the items of a tally.
   *
   * @param tally the answers and records
   * @param items each item's score, in the tally's order
   * @return the flags, in the order above
   */
  List<RedFlag> flag(Tally tally, List<ItemScore> items) {
    List<Flagged> flagged = new ArrayList<>();
    for (int index = 0; index < tally.items.size(); index++) {
      ItemTally v = tally.items.get(index);
      RecordAnswer record = tally.record(v.item.id());
      int n = v.scored();
      boolean ratersNo = n > 0 && (double) v.bottom / n >= share;
      Optional<FlagTrigger> recordsTrigger = RecordsFlagRule.trigger(v.item.severity(), record);
      boolean recordsNo = recordsTrigger.isPresent();
      if (!ratersNo && !recordsNo) {
        continue;
      }
      RedFlag.Builder flag =
          RedFlag.builder()
              .itemId(v.item.id())
              .severity(v.item.severity())
              .area(v.item.area())
              .answers(items.get(index).answers())
              .status(v.status)
              .record(Optional.ofNullable(record));
      if (ratersNo) {
        flag.addTriggers(FlagTrigger.RATERS_SAID_NO);
      }
      recordsTrigger.ifPresent(flag::addTriggers);
      if (n > 0) {
        flag.noShare(Decimals.ratio(v.bottom, n, 3));
      }
      Optional<RecordsVersusRaters> comparison =
          record == null || v.value.isEmpty()
              ? Optional.empty()
              : RecordsVersusRaters.compare(record.answer(), v.value.get());
      flag.recordComparison(comparison);
      String reason = Reasons.redFlag(v, record, ratersNo, comparison, share, minimumRaters);
      flag.reason(
          recordsTrigger.equals(Optional.of(FlagTrigger.RECORDS_PARTLY_ON_CRITICAL))
              ? reason + " " + RecordsFlagRule.why(record)
              : reason);
      flagged.add(new Flagged(index, v, recordsNo, flag.build()));
    }
    flagged.sort(
        Comparator.<Flagged>comparingInt(f -> f.view.item.severity().ordinal())
            .thenComparing(RedFlags::byShareHighestFirst)
            .thenComparing(f -> !f.recordsNo)
            .thenComparingInt(f -> f.index));
    return flagged.stream().map(f -> f.flag).collect(Collectors.toList());
  }

  /** Compares no / scored exactly, by cross-multiplying; an item nobody scored comes last. */
  private static int byShareHighestFirst(Flagged a, Flagged b) {
    long an = a.view.scored();
    long bn = b.view.scored();
    if (an == 0 || bn == 0) {
      return Boolean.compare(an == 0, bn == 0);
    }
    return Long.compare((long) b.view.bottom * an, (long) a.view.bottom * bn);
  }

  /** A red flag with what it is sorted by. */
  private static final class Flagged {
    final int index;
    final ItemTally view;
    final boolean recordsNo;
    final RedFlag flag;

    Flagged(int index, ItemTally view, boolean recordsNo, RedFlag flag) {
      this.index = index;
      this.view = view;
      this.recordsNo = recordsNo;
      this.flag = flag;
    }
  }
}
