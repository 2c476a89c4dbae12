package org.coproduction.scoring.internal.scores;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ChecklistItem;
import org.coproduction.checklist.ChecklistRef;
import org.coproduction.checklist.Evidence;
import org.coproduction.checklist.FrameworkRef;
import org.coproduction.checklist.ItemResponse;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.practice.JigsawArea;
import org.coproduction.scoring.Agreement;
import org.coproduction.scoring.Alpha;
import org.coproduction.scoring.AlphaOutcome;
import org.coproduction.scoring.AnswerCounts;
import org.coproduction.scoring.AnswerSpread;
import org.coproduction.scoring.AnswerValues;
import org.coproduction.scoring.AreaScore;
import org.coproduction.scoring.Breakdown;
import org.coproduction.scoring.FlagTrigger;
import org.coproduction.scoring.GroupScore;
import org.coproduction.scoring.ItemScore;
import org.coproduction.scoring.MeasurementScale;
import org.coproduction.scoring.PrincipleScore;
import org.coproduction.scoring.RecordComparison;
import org.coproduction.scoring.RedFlag;
import org.coproduction.scoring.Score;
import org.coproduction.scoring.ScoreInput;
import org.coproduction.scoring.ScoreReport;
import org.coproduction.scoring.ScoreStatus;
import org.coproduction.scoring.ScoringSettings;
import org.coproduction.scoring.Side;
import org.coproduction.scoring.SideScore;
import org.coproduction.scoring.SuppressionReason;
import org.coproduction.scoring.TokenismSignal;
import org.coproduction.scoring.Visibility;
import org.coproduction.scoring.internal.stats.AlphaResult;
import org.coproduction.scoring.internal.stats.KrippendorffAlpha;
import org.coproduction.scoring.internal.stats.MeasurementLevel;
import org.coproduction.scoring.internal.stats.SmallCellSuppression;
import org.coproduction.scoring.internal.stats.Spread;

/**
 * Works out a {@link ScoreReport} from a checklist, everybody's answers and what the records say.
 *
 * <p>Nothing here depends on the order of response sets or of the answers inside them: every number
 * is worked out from counts, and Krippendorff's alpha does not depend on order either.
 */
public final class ScoreEngine {
  private static final InterestGroup[] GROUPS = InterestGroup.values();

  /** The groups' indexes in the order of their names, which breaks ties in suppression. */
  private static final int[] GROUPS_BY_NAME =
      Arrays.stream(GROUPS)
          .sorted(Comparator.comparing(InterestGroup::name))
          .mapToInt(InterestGroup::ordinal)
          .toArray();

  private static final MeasurementLevel[] LEVELS = {
    MeasurementLevel.NOMINAL, MeasurementLevel.ORDINAL, MeasurementLevel.INTERVAL
  };

  /** What NO, PARTLY and YES are worth, ascending: the values alpha compares. */
  private static final double[] ANSWER_VALUES = {
    AnswerValues.valueOf(Answer.NO).getAsDouble(),
    AnswerValues.valueOf(Answer.PARTLY).getAsDouble(),
    AnswerValues.valueOf(Answer.YES).getAsDouble()
  };

  private static final List<SuppressionReason> PRECEDENCE =
      List.of(
          SuppressionReason.FEWER_THAN_K,
          SuppressionReason.TOTAL_WOULD_REVEAL,
          SuppressionReason.COMPLEMENTARY);

  private final Checklist checklist;
  private final ScoringSettings settings;
  private final List<Rater> raters = new ArrayList<>();
  private final Map<String, RecordAnswer> records = new HashMap<>();
  private final List<ItemView> views = new ArrayList<>();

  /** Each rater's answer to each item ({@code null} for none), by item then rater index. */
  private Answer[][] answers;

  private ScoreEngine(Checklist checklist, ScoringSettings settings) {
    this.checklist = checklist;
    this.settings = settings;
  }

  /**
   * Scores one round of one initiative.
   *
   * @param checklist the checklist the answers were given against
   * @param responses everybody's answers, one response set per rater
   * @param recordAnswers what the initiative's records say, at most one per item
   * @param settings the rules to score by
   * @return the report
   * @throws CoProductionException when the answers do not fit the checklist or each other
   */
  public static ScoreReport score(
      Checklist checklist,
      List<ResponseSet> responses,
      List<RecordAnswer> recordAnswers,
      ScoringSettings settings) {
    Objects.requireNonNull(checklist, "checklist");
    Objects.requireNonNull(responses, "responses");
    Objects.requireNonNull(recordAnswers, "recordAnswers");
    Objects.requireNonNull(settings, "settings");
    validate(checklist, responses, recordAnswers);
    ScoreEngine engine = new ScoreEngine(checklist, settings);
    List<ChecklistItem> items = checklist.items();
    Map<String, Integer> itemIndex = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      itemIndex.putIfAbsent(items.get(i).id(), i);
    }
    engine.answers = new Answer[items.size()][responses.size()];
    for (int i = 0; i < responses.size(); i++) {
      ResponseSet set = responses.get(i);
      engine.raters.add(new Rater(i, set.raterInterestGroup()));
      // A later answer to the same item replaces an earlier one, as a map keyed by item would.
      for (ItemResponse r : set.answers()) {
        Integer item = itemIndex.get(r.itemId());
        if (item != null) {
          engine.answers[item][i] = r.answer();
        }
      }
    }
    recordAnswers.forEach(r -> engine.records.put(r.itemId(), r));
    return engine.report(responses.get(0));
  }

  // ---------------------------------------------------------------- validation

  private static void validate(
      Checklist checklist, List<ResponseSet> responses, List<RecordAnswer> recordAnswers) {
    if (responses.isEmpty()) {
      throw CoProductionException.at("responses", "needs at least one response set to score");
    }
    ResponseSet first = Objects.requireNonNull(responses.get(0), "responses[0]");
    Map<String, Integer> ids = new HashMap<>();
    Map<String, Integer> participants = new HashMap<>();
    Set<String> itemIds = Set.copyOf(checklist.itemIds());
    ChecklistRef ref = checklist.ref();
    for (int i = 0; i < responses.size(); i++) {
      String path = "responses[" + i + "]";
      ResponseSet r = Objects.requireNonNull(responses.get(i), path);
      if (!fits(r, ref, itemIds)) {
        try {
          r.validateAgainst(checklist);
        } catch (CoProductionException e) {
          throw e.within(path);
        }
      }
      if (!r.initiativeId().equals(first.initiativeId())) {
        throw CoProductionException.at(
            path + ".initiativeId",
            "these answers are about initiative '"
                + r.initiativeId()
                + "', not '"
                + first.initiativeId()
                + "' like responses[0]; score one initiative at a time");
      }
      if (!r.reviewRoundId().equals(first.reviewRoundId())) {
        throw CoProductionException.at(
            path + ".reviewRoundId",
            "these answers belong to "
                + round(r.reviewRoundId())
                + ", not "
                + round(first.reviewRoundId())
                + " like responses[0]; score one round at a time and compare rounds with"
                + " Trends.compare");
      }
      Integer sameId = ids.putIfAbsent(r.id(), i);
      if (sameId != null) {
        throw CoProductionException.at(
            path + ".id",
            "response set '" + r.id() + "' is already scored at responses[" + sameId + "]");
      }
      if (r.participantId().isPresent()) {
        Integer same = participants.putIfAbsent(r.participantId().get(), i);
        if (same != null) {
          throw CoProductionException.at(
              path + ".participantId",
              "participant '"
                  + r.participantId().get()
                  + "' already rated at responses["
                  + same
                  + "]; each person rates once a round");
        }
      }
    }
    Map<String, Integer> answered = new HashMap<>();
    for (int i = 0; i < recordAnswers.size(); i++) {
      String path = "recordAnswers[" + i + "]";
      RecordAnswer r = Objects.requireNonNull(recordAnswers.get(i), path);
      if (!itemIds.contains(r.itemId())) {
        throw CoProductionException.at(
            path + ".itemId", "no item '" + r.itemId() + "' in checklist " + checklist.ref());
      }
      Integer same = answered.putIfAbsent(r.itemId(), i);
      if (same != null) {
        throw CoProductionException.at(
            path + ".itemId",
            "item '"
                + r.itemId()
                + "' is already answered from the records at recordAnswers["
                + same
                + "]");
      }
    }
  }

  /**
   * Whether {@link ResponseSet#validateAgainst} would pass, found without copying the checklist's
   * item ids for every response set; when this says no, validateAgainst says why.
   */
  private static boolean fits(ResponseSet r, ChecklistRef ref, Set<String> itemIds) {
    if (!r.checklist().id().equals(ref.id()) || !r.checklist().version().equals(ref.version())) {
      return false;
    }
    for (ItemResponse answer : r.answers()) {
      if (!itemIds.contains(answer.itemId())) {
        return false;
      }
    }
    return true;
  }

  private static String round(Optional<String> round) {
    return round.map(r -> "review round '" + r + "'").orElse("no review round");
  }

  // ---------------------------------------------------------------- the report

  private ScoreReport report(ResponseSet first) {
    List<ChecklistItem> checklistItems = checklist.items();
    for (int i = 0; i < checklistItems.size(); i++) {
      views.add(tally(checklistItems.get(i), answers[i]));
    }
    ScoreReport.Builder report =
        ScoreReport.builder()
            .checklist(checklist.ref())
            .initiativeId(first.initiativeId())
            .reviewRoundId(first.reviewRoundId())
            .settings(settings)
            .raters(raters.size())
            .overall(aggregate(views));
    for (JigsawArea area : JigsawArea.values()) {
      List<ItemView> inArea =
          views.stream().filter(v -> v.item.area() == area).collect(Collectors.toList());
      if (!inArea.isEmpty()) {
        report.addAreas(AreaScore.of(area, aggregate(inArea)));
      }
    }
    for (FrameworkRef framework : checklist.frameworks()) {
      Map<String, List<ItemView>> byPrinciple = new LinkedHashMap<>();
      for (ItemView v : views) {
        for (String principle : v.item.principles().getOrDefault(framework.id(), List.of())) {
          byPrinciple.computeIfAbsent(principle, p -> new ArrayList<>()).add(v);
        }
      }
      byPrinciple.forEach(
          (principle, items) ->
              report.addPrinciples(
                  PrincipleScore.builder()
                      .frameworkId(framework.id())
                      .principleId(principle)
                      .score(aggregate(items))
                      .build()));
    }
    for (ItemView v : views) {
      report.addItems(v.score);
    }
    report.redFlags(redFlags());
    report.tokenism(tokenism());
    return report.build();
  }

  // ---------------------------------------------------------------- items

  private ItemView tally(ChecklistItem item, Answer[] answered) {
    ItemView v = new ItemView(item, raters.size());
    for (Rater rater : raters) {
      Answer answer = answered[rater.index];
      if (answer == null) {
        continue;
      }
      Cell cell = v.cells.get(rater.group);
      switch (answer) {
        case YES:
          v.yes++;
          cell.yes++;
          break;
        case PARTLY:
          v.partly++;
          cell.partly++;
          break;
        case NO:
          v.no++;
          cell.no++;
          break;
        case DONT_KNOW:
          v.dontKnow++;
          break;
        case NOT_APPLICABLE:
          v.notApplicable++;
          break;
        default:
          throw new IllegalStateException("unknown answer " + answer);
      }
      if (answer.isScored()) {
        v.scoredRaters.add(rater.index);
        cell.raters.add(rater.index);
      }
    }
    int n = v.scored();
    if (n > 0) {
      double value = Decimals.itemScore(v.yes, v.partly, v.no);
      v.value = Optional.of(value);
      v.exactValue = Decimals.exact(value);
    }
    v.status =
        n == 0
            ? ScoreStatus.NO_ANSWERS
            : n < settings.minimumRaters() ? ScoreStatus.INCONCLUSIVE : ScoreStatus.CONCLUSIVE;
    suppress(v);
    for (Side side : Side.values()) {
      v.sides.put(side, itemSide(v, side));
    }
    v.score = itemScore(v);
    return v;
  }

  private void suppress(ItemView v) {
    int[] counts = new int[GROUPS.length];
    for (InterestGroup g : GROUPS) {
      counts[g.ordinal()] = v.cells.get(g).scored();
    }
    SmallCellSuppression.Reason[] hidden = new SmallCellSuppression.Reason[GROUPS.length];
    boolean revealed =
        SmallCellSuppression.decide(
            counts, GROUPS_BY_NAME, true, settings.minimumGroupSize(), hidden);
    for (InterestGroup g : GROUPS) {
      Cell cell = v.cells.get(g);
      SmallCellSuppression.Reason reason = hidden[g.ordinal()];
      if (revealed) {
        // The total is the item's own score and stays shown, so which group it came from is hidden.
        cell.visibility = Visibility.SUPPRESSED;
        cell.suppression = SuppressionReason.TOTAL_WOULD_REVEAL;
      } else if (reason == null && counts[g.ordinal()] > 0) {
        cell.visibility = Visibility.SHOWN;
        cell.value = Decimals.itemScore(cell.yes, cell.partly, cell.no);
        cell.exactValue = Decimals.exact(cell.value);
      } else if (reason != null) {
        cell.visibility = Visibility.SUPPRESSED;
        cell.suppression =
            reason == SmallCellSuppression.Reason.FEWER_THAN_K
                ? SuppressionReason.FEWER_THAN_K
                : SuppressionReason.COMPLEMENTARY;
      } else {
        cell.visibility = Visibility.NO_RATERS;
      }
    }
  }

  private SideView itemSide(ItemView v, Side side) {
    SideView s = new SideView(raters.size());
    int yes = 0;
    int partly = 0;
    int no = 0;
    for (InterestGroup g : GROUPS) {
      Cell cell = v.cells.get(g);
      if (side.includes(g) && cell.visibility == Visibility.SHOWN) {
        yes += cell.yes;
        partly += cell.partly;
        no += cell.no;
        s.raters.addAll(cell.raters);
        s.groups.add(g);
      }
    }
    if (!s.groups.isEmpty()) {
      double value = Decimals.itemScore(yes, partly, no);
      s.value = Optional.of(value);
      s.exactValue = Decimals.exact(value);
    }
    return s;
  }

  private ItemScore itemScore(ItemView v) {
    AnswerCounts counts =
        AnswerCounts.builder()
            .yes(v.yes)
            .partly(v.partly)
            .no(v.no)
            .dontKnow(v.dontKnow)
            .notApplicable(v.notApplicable)
            .build();
    List<GroupScore> groups = new ArrayList<>();
    for (InterestGroup g : GROUPS) {
      groups.add(itemGroup(v.cells.get(g)));
    }
    EnumMap<Side, SideScore> sides = new EnumMap<>(Side.class);
    for (Side side : Side.values()) {
      SideView s = v.sides.get(side);
      String reason =
          s.value
              .map(
                  value ->
                      "Pooled over "
                          + Decimals.count(s.raters.size(), "rater", "raters")
                          + " from "
                          + Words.groups(s.groups)
                          + " = "
                          + Decimals.text(value)
                          + ".")
              .orElse("No group on this side is shown, so it has no score here.");
      sides.put(side, sideScore(side, s, reason));
    }
    return ItemScore.builder()
        .itemId(v.item.id())
        .area(v.item.area())
        .severity(v.item.severity())
        .weight(v.item.weight())
        .status(v.status)
        .value(v.value)
        .raters(v.scored())
        .answers(counts)
        .spread(spread(v))
        .record(Optional.ofNullable(records.get(v.item.id())))
        .byGroup(breakdown(groups, sides))
        .reason(itemReason(v))
        .build();
  }

  private static Optional<AnswerSpread> spread(ItemView v) {
    double[] values = new double[v.scored()];
    int i = 0;
    for (int k = 0; k < v.yes; k++) {
      values[i++] = 1.0;
    }
    for (int k = 0; k < v.partly; k++) {
      values[i++] = 0.5;
    }
    for (int k = 0; k < v.no; k++) {
      values[i++] = 0.0;
    }
    return Spread.of(values)
        .map(
            s ->
                AnswerSpread.of(
                    Decimals.round(s.standardDeviation() * 100, 1),
                    Decimals.round(s.modalShare(), 2)));
  }

  private String itemReason(ItemView v) {
    int n = v.scored();
    int other = v.dontKnow + v.notApplicable;
    if (n == 0) {
      return other == 0
          ? "Nobody answered this item, so it has no score."
          : "No rater answered yes, partly or no (" + leftOut(v) + "), so the item has no score.";
    }
    StringBuilder sb = new StringBuilder();
    sb.append(Decimals.count(n, "rater", "raters"))
        .append(" answered yes, partly or no: (")
        .append(v.yes)
        .append(" × 100 + ")
        .append(v.partly)
        .append(" × 50 + ")
        .append(v.no)
        .append(" × 0) / ")
        .append(n)
        .append(" = ")
        .append(Decimals.text(v.value.orElseThrow()));
    if (other > 0) {
      sb.append(", leaving out ").append(leftOut(v));
    }
    if (v.status == ScoreStatus.INCONCLUSIVE) {
      sb.append("; inconclusive, as fewer than ")
          .append(settings.minimumRaters())
          .append(" raters answered");
    }
    return sb.append('.').toString();
  }

  private static String leftOut(ItemView v) {
    List<String> parts = new ArrayList<>();
    if (v.dontKnow > 0) {
      parts.add(v.dontKnow + " who did not know");
    }
    if (v.notApplicable > 0) {
      parts.add(v.notApplicable + " who said it does not apply");
    }
    return String.join(" and ", parts);
  }

  private GroupScore itemGroup(Cell cell) {
    GroupScore.Builder b = GroupScore.builder().group(cell.group).visibility(cell.visibility);
    switch (cell.visibility) {
      case SHOWN:
        return b.value(cell.value)
            .raters(cell.scored())
            .answers(
                AnswerCounts.builder()
                    .yes(cell.yes)
                    .partly(cell.partly)
                    .no(cell.no)
                    .dontKnow(0)
                    .notApplicable(0)
                    .build())
            .reason(
                Decimals.count(cell.scored(), "rater", "raters")
                    + ": "
                    + cell.yes
                    + " yes, "
                    + cell.partly
                    + " partly, "
                    + cell.no
                    + " no = "
                    + Decimals.text(cell.value)
                    + ".")
            .build();
      case SUPPRESSED:
        return b.suppression(cell.suppression)
            .reason(Words.suppression(cell.suppression, settings.minimumGroupSize()))
            .build();
      default:
        return b.reason("No rater from this group answered yes, partly or no.").build();
    }
  }

  // ---------------------------------------------------------------- aggregates

  private Score aggregate(List<ItemView> scope) {
    boolean anyConclusive = false;
    boolean anyAnswered = false;
    for (ItemView v : scope) {
      anyConclusive |= v.status == ScoreStatus.CONCLUSIVE;
      anyAnswered |= v.value.isPresent();
    }
    ScoreStatus status =
        anyConclusive
            ? ScoreStatus.CONCLUSIVE
            : anyAnswered ? ScoreStatus.INCONCLUSIVE : ScoreStatus.NO_ANSWERS;
    // Conclusive items when there are any, else items with any answers, else none.
    List<ItemView> used = new ArrayList<>();
    for (ItemView v : scope) {
      if (isUsed(v, status)) {
        used.add(v);
      }
    }
    Optional<Double> value = Optional.empty();
    if (!used.isEmpty()) {
      Decimals.Mean mean = new Decimals.Mean();
      for (ItemView v : used) {
        mean.add(v.exactWeight, v.exactValue);
      }
      value = Optional.of(mean.value());
    }
    RaterSet ratersUsed = new RaterSet(raters.size());
    used.forEach(v -> ratersUsed.addAll(v.scoredRaters));
    Agreement agreement = agreement(used);
    Score.Builder score =
        Score.builder()
            .status(status)
            .value(value)
            .raters(ratersUsed.size())
            .agreement(agreement)
            .byGroup(aggregateBreakdown(used))
            .reason(aggregateReason(scope, used, status, value));
    if (status == ScoreStatus.CONCLUSIVE) {
      score.band(settings.band(value.orElseThrow()));
    }
    for (ItemView v : scope) {
      score.addInputs(
          ScoreInput.builder()
              .itemId(v.item.id())
              .weight(v.item.weight())
              .value(v.value)
              .status(v.status)
              .raters(v.scored())
              .used(isUsed(v, status))
              .build());
    }
    if (agreement.lowAgreement()) {
      Alpha alpha = alpha(agreement, settings.agreementScale());
      score.addWarnings(
          "Raters disagree: "
              + Words.scale(settings.agreementScale()).toLowerCase(java.util.Locale.ROOT)
              + " alpha is "
              + Decimals.text(alpha.value().orElseThrow())
              + ", below "
              + Decimals.text(settings.lowAgreementBelow())
              + ", so this score rests on raters who see things differently.");
    }
    return score.build();
  }

  /** Whether an item of an aggregate's scope enters an aggregate of the given status. */
  private static boolean isUsed(ItemView v, ScoreStatus status) {
    switch (status) {
      case CONCLUSIVE:
        return v.status == ScoreStatus.CONCLUSIVE;
      case INCONCLUSIVE:
        return v.value.isPresent();
      default:
        return false;
    }
  }

  private String aggregateReason(
      List<ItemView> scope, List<ItemView> used, ScoreStatus status, Optional<Double> value) {
    if (status == ScoreStatus.NO_ANSWERS) {
      return "No item here has a yes, partly or no answer, so there is no score.";
    }
    int k = settings.minimumRaters();
    BigDecimal totalWeight = BigDecimal.ZERO;
    for (ItemView v : used) {
      totalWeight = totalWeight.add(v.exactWeight.value);
    }
    String mean =
        "the weighted mean of "
            + (used.size() == 1 ? "the 1 item" : "the " + used.size() + " items")
            + (status == ScoreStatus.CONCLUSIVE
                ? " with at least " + k + " raters"
                : " with any answers")
            + " (total weight "
            + Decimals.text(totalWeight.doubleValue())
            + ") = "
            + Decimals.text(value.orElseThrow());
    StringBuilder sb =
        new StringBuilder(
            status == ScoreStatus.CONCLUSIVE
                ? Character.toUpperCase(mean.charAt(0)) + mean.substring(1)
                : "Inconclusive, as no item here has " + k + " or more raters: " + mean);
    long thin = 0;
    long none = 0;
    for (ItemView v : scope) {
      if (!isUsed(v, status) && v.status == ScoreStatus.INCONCLUSIVE) {
        thin++;
      }
      if (v.status == ScoreStatus.NO_ANSWERS) {
        none++;
      }
    }
    if (thin > 0) {
      sb.append("; left out: ")
          .append(Decimals.count(thin, "item", "items"))
          .append(" with fewer raters");
    }
    if (none > 0) {
      sb.append(thin > 0 ? " and " : "; left out: ")
          .append(Decimals.count(none, "item", "items"))
          .append(" with no answers");
    }
    return sb.append('.').toString();
  }

  private Breakdown aggregateBreakdown(List<ItemView> used) {
    List<GroupScore> groups = new ArrayList<>(GROUPS.length);
    for (InterestGroup g : GROUPS) {
      GroupScore.Builder b = GroupScore.builder().group(g);
      int shown = 0;
      int hidden = 0;
      Decimals.Mean mean = new Decimals.Mean();
      RaterSet who = new RaterSet(raters.size());
      boolean[] reasons = new boolean[PRECEDENCE.size()];
      for (ItemView v : used) {
        Cell cell = v.cells.get(g);
        if (cell.visibility == Visibility.SHOWN) {
          shown++;
          mean.add(v.exactWeight, cell.exactValue);
          who.addAll(cell.raters);
        } else if (cell.visibility == Visibility.SUPPRESSED) {
          hidden++;
        }
        if (cell.suppression != null) {
          reasons[PRECEDENCE.indexOf(cell.suppression)] = true;
        }
      }
      if (shown > 0) {
        double value = mean.value();
        groups.add(
            b.visibility(Visibility.SHOWN)
                .value(value)
                .raters(who.size())
                .reason(
                    "Weighted mean of this group's scores on the "
                        + Decimals.count(shown, "item", "items")
                        + " where it is shown = "
                        + Decimals.text(value)
                        + (hidden > 0
                            ? "; left out: "
                                + Decimals.count(hidden, "item", "items")
                                + " where it is hidden"
                            : "")
                        + ".")
                .build());
        continue;
      }
      Optional<SuppressionReason> reason = Optional.empty();
      for (int r = 0; r < reasons.length && reason.isEmpty(); r++) {
        if (reasons[r]) {
          reason = Optional.of(PRECEDENCE.get(r));
        }
      }
      if (reason.isPresent()) {
        groups.add(
            b.visibility(Visibility.SUPPRESSED)
                .suppression(reason.get())
                .reason(
                    Words.suppression(reason.get(), settings.minimumGroupSize())
                        + " (hidden on every item here)")
                .build());
      } else {
        groups.add(
            b.visibility(Visibility.NO_RATERS)
                .reason("No rater from this group answered these items.")
                .build());
      }
    }
    List<ItemView> matched = new ArrayList<>();
    for (ItemView v : used) {
      // Every item has a view of both sides.
      if (v.sides.get(Side.LIVED_EXPERIENCE).value.isPresent()
          && v.sides.get(Side.PROVIDER).value.isPresent()) {
        matched.add(v);
      }
    }
    EnumMap<Side, SideScore> sides = new EnumMap<>(Side.class);
    for (Side side : Side.values()) {
      SideView s = new SideView(raters.size());
      String reason;
      if (matched.isEmpty()) {
        reason = "No item here has a score from both sides, so the sides are not compared.";
      } else {
        Decimals.Mean mean = new Decimals.Mean();
        EnumSet<InterestGroup> groupsUsed = EnumSet.noneOf(InterestGroup.class);
        for (ItemView v : matched) {
          SideView itemSide = v.sides.get(side);
          mean.add(v.exactWeight, itemSide.exactValue);
          s.raters.addAll(itemSide.raters);
          groupsUsed.addAll(itemSide.groups);
        }
        double value = mean.value();
        s.value = Optional.of(value);
        // Enum order, as a sorted set of groups gives.
        s.groups.addAll(groupsUsed);
        reason =
            "Weighted mean of this side's scores on the "
                + Decimals.count(matched.size(), "item", "items")
                + " both sides have a score for = "
                + Decimals.text(value)
                + ".";
      }
      sides.put(side, sideScore(side, s, reason));
    }
    return breakdown(groups, sides);
  }

  private static SideScore sideScore(Side side, SideView s, String reason) {
    return SideScore.builder()
        .side(side)
        .value(s.value)
        .raters(s.raters.size())
        .groups(s.groups)
        .reason(reason)
        .build();
  }

  private static Breakdown breakdown(List<GroupScore> groups, Map<Side, SideScore> sides) {
    SideScore lived = sides.get(Side.LIVED_EXPERIENCE);
    SideScore provider = sides.get(Side.PROVIDER);
    Optional<Double> gap = Optional.empty();
    String reason;
    if (lived.value().isPresent() && provider.value().isPresent()) {
      double g = Decimals.difference(provider.value().get(), lived.value().get());
      gap = Optional.of(g);
      if (g > 0) {
        reason =
            "The provider side scores this "
                + Decimals.text(g)
                + " points higher than people who use services and carers.";
      } else if (g < 0) {
        reason =
            "People who use services and carers score this "
                + Decimals.text(-g)
                + " points higher than the provider side.";
      } else {
        reason = "Both sides score this the same.";
      }
    } else if (lived.value().isPresent()) {
      reason = "No gap, as the provider side has no score.";
    } else if (provider.value().isPresent()) {
      reason = "No gap, as people who use services and carers have no score.";
    } else {
      reason = "No gap, as neither side has a score.";
    }
    return Breakdown.builder()
        .groups(groups)
        .livedExperience(lived)
        .provider(provider)
        .gap(gap)
        .reason(reason)
        .build();
  }

  // ---------------------------------------------------------------- agreement

  private Agreement agreement(List<ItemView> used) {
    // Alpha depends only on how many raters gave each value in each item, which the tally holds.
    int[][] units = new int[used.size()][];
    for (int u = 0; u < used.size(); u++) {
      ItemView v = used.get(u);
      units[u] = new int[] {v.no, v.partly, v.yes};
    }
    AlphaResult[] results = KrippendorffAlpha.computeFromCounts(ANSWER_VALUES, units, LEVELS);
    Alpha nominal = alpha(results[0]);
    Alpha ordinal = alpha(results[1]);
    Alpha interval = alpha(results[2]);
    Agreement.Builder b = Agreement.builder().nominal(nominal).ordinal(ordinal).interval(interval);
    MeasurementScale scale = settings.agreementScale();
    Alpha chosen =
        scale == MeasurementScale.NOMINAL
            ? nominal
            : scale == MeasurementScale.ORDINAL ? ordinal : interval;
    boolean low = chosen.value().map(v -> v < settings.lowAgreementBelow()).orElse(false);
    String explanation;
    switch (chosen.outcome()) {
      case COMPUTED:
        explanation =
            Words.scale(scale)
                + " alpha is "
                + Decimals.text(chosen.value().orElseThrow())
                + " over "
                + Decimals.count(chosen.itemsUsed(), "item", "items")
                + " and "
                + Decimals.count(chosen.pairableAnswers(), "answer", "answers")
                + (low
                    ? ", below "
                        + Decimals.text(settings.lowAgreementBelow())
                        + ": raters agree too little to lean on this score."
                    : ", at least "
                        + Decimals.text(settings.lowAgreementBelow())
                        + ": raters agree enough to draw conclusions.");
        break;
      case NO_VARIATION:
        explanation =
            "Every answer to these items was the same, so there is no variation to measure"
                + " agreement against: alpha is undefined, not 1, and no warning is given.";
        break;
      case SINGLE_ITEM:
        explanation =
            "Only one item here has answers from two or more raters; alpha compares disagreement"
                + " within items with the differences across items, so with one item it is 0 by"
                + " construction and is not given: the item's spread shows how far raters agree.";
        break;
      default:
        explanation =
            "No item here was answered by two or more raters, so agreement cannot be measured.";
    }
    return b.lowAgreement(low).explanation(explanation).build();
  }

  private static Alpha alpha(Agreement agreement, MeasurementScale scale) {
    switch (scale) {
      case NOMINAL:
        return agreement.nominal();
      case ORDINAL:
        return agreement.ordinal();
      default:
        return agreement.interval();
    }
  }

  private static Alpha alpha(AlphaResult result) {
    AlphaOutcome outcome;
    if (result.unitsUsed() == 1) {
      // The kernel gives 0 for one unit with variation: a fact of the formula, not of the raters.
      outcome = AlphaOutcome.SINGLE_ITEM;
    } else if (result.outcome() == AlphaResult.Outcome.COMPUTED) {
      outcome = AlphaOutcome.COMPUTED;
    } else if (result.outcome() == AlphaResult.Outcome.NO_VARIATION) {
      outcome = AlphaOutcome.NO_VARIATION;
    } else {
      outcome = AlphaOutcome.NO_PAIRABLE_ANSWERS;
    }
    Alpha.Builder b =
        Alpha.builder()
            .outcome(outcome)
            .pairableAnswers(result.pairableValues())
            .itemsUsed(result.unitsUsed());
    if (outcome == AlphaOutcome.COMPUTED) {
      b.value(Decimals.round(result.alpha(), 3));
    }
    return b.build();
  }

  // ---------------------------------------------------------------- red flags and tokenism

  private List<RedFlag> redFlags() {
    List<Flagged> flagged = new ArrayList<>();
    for (int index = 0; index < views.size(); index++) {
      ItemView v = views.get(index);
      RecordAnswer record = records.get(v.item.id());
      int n = v.scored();
      boolean ratersNo = n > 0 && (double) v.no / n >= settings.redFlagShare();
      boolean recordsNo = record != null && record.answer() == Answer.NO;
      if (!ratersNo && !recordsNo) {
        continue;
      }
      RedFlag.Builder flag =
          RedFlag.builder()
              .itemId(v.item.id())
              .severity(v.item.severity())
              .area(v.item.area())
              .answers(v.score.answers())
              .status(v.status)
              .record(Optional.ofNullable(record));
      if (ratersNo) {
        flag.addTriggers(FlagTrigger.RATERS_SAID_NO);
      }
      if (recordsNo) {
        flag.addTriggers(FlagTrigger.RECORDS_SAID_NO);
      }
      if (n > 0) {
        flag.noShare(Decimals.ratio(v.no, n, 3));
      }
      Optional<RecordComparison> comparison = compare(v, record);
      flag.recordComparison(comparison);
      flag.reason(flagReason(v, record, ratersNo, comparison));
      flagged.add(new Flagged(index, v, recordsNo, flag.build()));
    }
    flagged.sort(
        Comparator.<Flagged>comparingInt(f -> f.view.item.severity().ordinal())
            .thenComparing(ScoreEngine::byShareHighestFirst)
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
    return Long.compare(b.view.no * an, a.view.no * bn);
  }

  private static Optional<RecordComparison> compare(ItemView v, RecordAnswer record) {
    if (record == null || !record.answer().isScored() || v.value.isEmpty()) {
      return Optional.empty();
    }
    double recordScore = AnswerValues.valueOf(record.answer()).getAsDouble() * 100;
    double difference = v.value.get() - recordScore;
    if (difference >= 50) {
      return Optional.of(RecordComparison.RECORDS_WORSE);
    }
    if (difference <= -50) {
      return Optional.of(RecordComparison.RECORDS_BETTER);
    }
    return Optional.of(RecordComparison.AGREE);
  }

  private String flagReason(
      ItemView v, RecordAnswer record, boolean ratersNo, Optional<RecordComparison> comparison) {
    List<String> parts = new ArrayList<>();
    int n = v.scored();
    if (n > 0) {
      parts.add(
          v.no
              + " of "
              + Decimals.count(n, "rater", "raters")
              + " said no ("
              + Decimals.percent((double) v.no / n)
              + (ratersNo ? "; a flag is raised from " : "; below the ")
              + Decimals.percent(settings.redFlagShare())
              + (ratersNo ? ")" : " that raises a flag)"));
    } else {
      parts.add("no rater answered yes, partly or no");
    }
    if (v.status == ScoreStatus.INCONCLUSIVE) {
      parts.add("fewer than " + settings.minimumRaters() + " raters answered");
    }
    if (record != null && record.answer() == Answer.NO) {
      parts.add(
          "the records say no"
              + (record.evidence().isEmpty()
                  ? ""
                  : ": "
                      + record.evidence().stream()
                          .map(ScoreEngine::evidence)
                          .collect(Collectors.joining("; "))));
    }
    comparison.ifPresent(
        c -> {
          if (c == RecordComparison.RECORDS_WORSE) {
            parts.add(
                "raters score it "
                    + Decimals.text(v.value.orElseThrow())
                    + ", far better than the records show");
          } else if (c == RecordComparison.RECORDS_BETTER) {
            parts.add(
                "the records say "
                    + record.answer().name().toLowerCase(java.util.Locale.ROOT)
                    + " but raters score it only "
                    + Decimals.text(v.value.orElseThrow()));
          }
        });
    String text = String.join("; ", parts);
    return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
  }

  private static String evidence(Evidence e) {
    return e.finding()
        + " ("
        + e.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
        + " "
        + e.ref()
        + ")";
  }

  private List<TokenismSignal> tokenism() {
    List<TokenismSignal> signals = new ArrayList<>();
    for (ItemView v : views) {
      Optional<Double> lived = v.sides.get(Side.LIVED_EXPERIENCE).value;
      Optional<Double> provider = v.sides.get(Side.PROVIDER).value;
      if (lived.isEmpty() || provider.isEmpty()) {
        continue;
      }
      if (provider.get() >= settings.tokenismProviderAtLeast()
          && lived.get() <= settings.tokenismLivedExperienceAtMost()) {
        double gap = Decimals.difference(provider.get(), lived.get());
        signals.add(
            TokenismSignal.builder()
                .itemId(v.item.id())
                .provider(provider.get())
                .livedExperience(lived.get())
                .gap(gap)
                .reason(
                    "The provider side scores this "
                        + Decimals.text(provider.get())
                        + " (at least "
                        + Decimals.text(settings.tokenismProviderAtLeast())
                        + ") while people who use services and carers score it "
                        + Decimals.text(lived.get())
                        + " (at most "
                        + Decimals.text(settings.tokenismLivedExperienceAtMost())
                        + "), a gap of "
                        + Decimals.text(gap)
                        + " points.")
                .build());
      }
    }
    // Largest gap first; the sort is stable, so equal gaps keep checklist order.
    signals.sort(Comparator.comparingDouble(TokenismSignal::gap).reversed());
    return signals;
  }

  // ---------------------------------------------------------------- helpers

  /** One response set: who answered, by group only; the answers are in the engine's table. */
  private static final class Rater {
    final int index;
    final InterestGroup group;

    Rater(int index, InterestGroup group) {
      this.index = index;
      this.group = group;
    }
  }

  /** Everything worked out about one item. */
  private static final class ItemView {
    final ChecklistItem item;
    int yes;
    int partly;
    int no;
    int dontKnow;
    int notApplicable;
    final RaterSet scoredRaters;
    Optional<Double> value = Optional.empty();

    /** The value as written, for exact weighted means; null when there is none. */
    Decimals.Exact exactValue;

    /** The item's weight as written. */
    final Decimals.Exact exactWeight;

    ScoreStatus status;
    final EnumMap<InterestGroup, Cell> cells = new EnumMap<>(InterestGroup.class);
    final EnumMap<Side, SideView> sides = new EnumMap<>(Side.class);
    ItemScore score;

    ItemView(ChecklistItem item, int raters) {
      this.item = item;
      this.scoredRaters = new RaterSet(raters);
      this.exactWeight = Decimals.exact(item.weight());
      for (InterestGroup g : GROUPS) {
        cells.put(g, new Cell(g, raters));
      }
    }

    int scored() {
      return yes + partly + no;
    }
  }

  /** One interest group's answers to one item, and whether they may be shown. */
  private static final class Cell {
    final InterestGroup group;
    int yes;
    int partly;
    int no;
    final RaterSet raters;
    Visibility visibility;
    SuppressionReason suppression;
    double value;

    /** The value as written, when shown. */
    Decimals.Exact exactValue;

    Cell(InterestGroup group, int raters) {
      this.group = group;
      this.raters = new RaterSet(raters);
    }

    int scored() {
      return yes + partly + no;
    }
  }

  /** One side's pooled view of an item or an aggregate. */
  private static final class SideView {
    Optional<Double> value = Optional.empty();

    /** The value as written, when there is one. */
    Decimals.Exact exactValue;

    final RaterSet raters;
    final List<InterestGroup> groups = new ArrayList<>();

    SideView(int raters) {
      this.raters = new RaterSet(raters);
    }
  }

  /** A red flag with what it is sorted by. */
  private static final class Flagged {
    final int index;
    final ItemView view;
    final boolean recordsNo;
    final RedFlag flag;

    Flagged(int index, ItemView view, boolean recordsNo, RedFlag flag) {
      this.index = index;
      this.view = view;
      this.recordsNo = recordsNo;
      this.flag = flag;
    }
  }
}
