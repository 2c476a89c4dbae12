package org.coproduction.scoring.internal.scores;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.core.CoProductionException;
import org.coproduction.scoring.ItemScore;
import org.coproduction.scoring.ScoreReport;
import org.coproduction.scoring.ScoreStatus;
import org.coproduction.scoring.trend.Direction;
import org.coproduction.scoring.trend.FlagChange;
import org.coproduction.scoring.trend.ItemTrend;
import org.coproduction.scoring.trend.ScoreChange;
import org.coproduction.scoring.trend.TrendReport;

/** Works out a {@link TrendReport} from the score reports of two review rounds. */
@API(status = INTERNAL, since = "0.1")
public final class TrendEngine {
  private TrendEngine() {}

  /**
   * Compares two rounds.
   *
   * @param earlier the earlier round's report
   * @param later the later round's report
   * @return what changed
   * @throws CoProductionException when the reports are not two rounds of one initiative scored
   *     under the same settings
   */
  public static TrendReport compare(ScoreReport earlier, ScoreReport later) {
    Objects.requireNonNull(earlier, "earlier");
    Objects.requireNonNull(later, "later");
    String earlierRound =
        earlier
            .reviewRoundId()
            .orElseThrow(
                () ->
                    CoProductionException.at(
                        "earlier.reviewRoundId",
                        "a trend needs each report to name its review round"));
    String laterRound =
        later
            .reviewRoundId()
            .orElseThrow(
                () ->
                    CoProductionException.at(
                        "later.reviewRoundId",
                        "a trend needs each report to name its review round"));
    if (earlierRound.equals(laterRound)) {
      throw CoProductionException.at(
          "later.reviewRoundId",
          "both reports are of review round '" + laterRound + "'; compare two different rounds");
    }
    if (!earlier.initiativeId().equals(later.initiativeId())) {
      throw CoProductionException.at(
          "later.initiativeId",
          "is '"
              + later.initiativeId()
              + "', but the earlier report is about '"
              + earlier.initiativeId()
              + "'; compare rounds of one initiative");
    }
    if (!earlier.settings().equals(later.settings())) {
      throw CoProductionException.at(
          "later.settings",
          "differ from the earlier report's; score both rounds with the same settings so their"
              + " scores and flags compare");
    }
    double minimum = later.settings().minimumMeaningfulChange();
    int minimumRaters = later.settings().minimumRaters();

    Set<String> earlierIds =
        earlier.items().stream().map(ItemScore::itemId).collect(Collectors.toSet());
    Set<String> laterIds =
        later.items().stream().map(ItemScore::itemId).collect(Collectors.toSet());
    TrendReport.Builder report =
        TrendReport.builder()
            .initiativeId(later.initiativeId())
            .earlierRoundId(earlierRound)
            .laterRoundId(laterRound)
            .earlierChecklist(earlier.checklist())
            .laterChecklist(later.checklist())
            .minimumMeaningfulChange(minimum)
            .overall(
                change(
                    earlier.overall().value(),
                    earlier.overall().status(),
                    later.overall().value(),
                    later.overall().status(),
                    Optional.empty(),
                    minimum,
                    minimumRaters));
    Map<Direction, Integer> directions = new EnumMap<>(Direction.class);
    Map<FlagChange, Integer> flags = new EnumMap<>(FlagChange.class);
    for (ItemScore after : later.items()) {
      if (!earlierIds.contains(after.itemId())) {
        report.addItemsOnlyInLater(after.itemId());
        continue;
      }
      ItemScore before = earlier.item(after.itemId()).orElseThrow();
      Optional<Integer> fewest =
          before.raters() > 0 && after.raters() > 0
              ? Optional.of(Math.min(before.raters(), after.raters()))
              : Optional.empty();
      ScoreChange change =
          change(
              before.value(),
              before.status(),
              after.value(),
              after.status(),
              fewest,
              minimum,
              minimumRaters);
      boolean wasFlagged = earlier.redFlag(after.itemId()).isPresent();
      boolean isFlagged = later.redFlag(after.itemId()).isPresent();
      FlagChange flag =
          wasFlagged
              ? (isFlagged ? FlagChange.STILL_FLAGGED : FlagChange.RESOLVED_FLAG)
              : (isFlagged ? FlagChange.NEW_FLAG : FlagChange.NOT_FLAGGED);
      directions.merge(change.direction(), 1, Integer::sum);
      flags.merge(flag, 1, Integer::sum);
      report.addItems(
          ItemTrend.of(after.itemId(), change, flag)
              .withRecords(
                  before.record().map(RecordAnswer::answer),
                  after.record().map(RecordAnswer::answer)));
    }
    for (ItemScore before : earlier.items()) {
      if (!laterIds.contains(before.itemId())) {
        report.addItemsOnlyInEarlier(before.itemId());
      }
    }
    return report.summary(summary(directions, flags)).build();
  }

  private static ScoreChange change(
      Optional<Double> earlier,
      ScoreStatus earlierStatus,
      Optional<Double> later,
      ScoreStatus laterStatus,
      Optional<Integer> fewestRaters,
      double minimum,
      int minimumRaters) {
    ScoreChange.Builder b =
        ScoreChange.builder()
            .earlier(earlier)
            .later(later)
            .earlierStatus(earlierStatus)
            .laterStatus(laterStatus);
    Optional<Double> change =
        earlier.isPresent() && later.isPresent()
            ? Optional.of(Decimals.difference(later.get(), earlier.get()))
            : Optional.empty();
    b.change(change);
    fewestRaters.ifPresent(n -> b.oneRaterShift(Decimals.ratio(100, n, 1)));
    if (earlierStatus != ScoreStatus.CONCLUSIVE || laterStatus != ScoreStatus.CONCLUSIVE) {
      return b.direction(Direction.NOT_COMPARABLE)
          .reason(
              "Not compared, as "
                  + (earlierStatus != ScoreStatus.CONCLUSIVE
                      ? "the earlier round " + why(earlierStatus, minimumRaters)
                      : "")
                  + (earlierStatus != ScoreStatus.CONCLUSIVE
                          && laterStatus != ScoreStatus.CONCLUSIVE
                      ? " and "
                      : "")
                  + (laterStatus != ScoreStatus.CONCLUSIVE
                      ? "the later round " + why(laterStatus, minimumRaters)
                      : "")
                  + ".")
          .build();
    }
    double delta = change.orElseThrow();
    BigDecimal size = BigDecimal.valueOf(Math.abs(delta));
    String moved =
        "from "
            + Decimals.text(earlier.get())
            + " to "
            + Decimals.text(later.get())
            + " ("
            + (delta > 0 ? "+" : delta < 0 ? "−" : "")
            + Decimals.text(Math.abs(delta))
            + " points)";
    if (delta == 0) {
      return b.direction(Direction.UNCHANGED)
          .reason("Stayed at " + Decimals.text(later.get()) + ".")
          .build();
    }
    if (size.compareTo(BigDecimal.valueOf(minimum)) < 0) {
      return b.direction(Direction.UNCHANGED)
          .reason(
              "Moved "
                  + moved
                  + ", less than the "
                  + Decimals.text(minimum)
                  + " points counted as a change.")
          .build();
    }
    if (fewestRaters.isPresent()
        && size.multiply(BigDecimal.valueOf(fewestRaters.get())).compareTo(BigDecimal.valueOf(100))
            <= 0) {
      return b.direction(Direction.UNCHANGED)
          .reason(
              "Moved "
                  + moved
                  + ", no more than the "
                  + Decimals.text(Decimals.ratio(100, fewestRaters.get(), 1))
                  + " points one rater changing their answer could make, with "
                  + fewestRaters.get()
                  + " raters in the smaller round.")
          .build();
    }
    return b.direction(delta > 0 ? Direction.BETTER : Direction.WORSE)
        .reason((delta > 0 ? "Better: up " : "Worse: down ") + moved + ".")
        .build();
  }

  private static String why(ScoreStatus status, int minimumRaters) {
    return status == ScoreStatus.NO_ANSWERS
        ? "has no scored answers"
        : "has fewer than " + minimumRaters + " raters";
  }

  private static String summary(
      Map<Direction, Integer> directions, Map<FlagChange, Integer> flags) {
    int items = directions.values().stream().mapToInt(Integer::intValue).sum();
    if (items == 0) {
      return "No item was rated in both rounds.";
    }
    return Decimals.count(directions.getOrDefault(Direction.BETTER, 0), "item", "items")
        + " better, "
        + directions.getOrDefault(Direction.WORSE, 0)
        + " worse, "
        + directions.getOrDefault(Direction.UNCHANGED, 0)
        + " unchanged and "
        + directions.getOrDefault(Direction.NOT_COMPARABLE, 0)
        + " not comparable; "
        + Decimals.count(
            flags.getOrDefault(FlagChange.NEW_FLAG, 0), "new red flag", "new red flags")
        + ", "
        + flags.getOrDefault(FlagChange.RESOLVED_FLAG, 0)
        + " resolved and "
        + flags.getOrDefault(FlagChange.STILL_FLAGGED, 0)
        + " still flagged.";
  }
}
