package org.coproduction.scoring.internal.scores;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coproduction.checklist.AnswerScale;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ChecklistItem;
import org.coproduction.checklist.ItemResponse;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.scoring.ScoringSettings;

/**
 * Everybody's answers to a checklist, counted once, and what the records say: the one input every
 * scoring rule reads. Built by {@link #of}; nothing changes it afterwards.
 *
 * <p>Nothing here depends on the order of response sets or of the answers inside them: every rule
 * works from counts.
 */
final class Tally {
  /** How many raters have at least one answer that counts (see {@link DisclosureRule}). */
  final int raters;

  /** How many response sets were given: the size of every {@link RaterSet}. */
  final int responseSets;

  /** Whether {@link DisclosureRule} left any answer out. */
  final boolean answersLeftOut;

  /** One tally per checklist item, in checklist order. */
  final List<ItemTally> items;

  private final Map<String, RecordAnswer> records;

  private Tally(
      int raters,
      int responseSets,
      boolean answersLeftOut,
      List<ItemTally> items,
      Map<String, RecordAnswer> records) {
    this.raters = raters;
    this.responseSets = responseSets;
    this.answersLeftOut = answersLeftOut;
    this.items = items;
    this.records = records;
  }

  /**
   * Counts answers that {@link InputChecks#check} has accepted.
   *
   * @param checklist the checklist answered
   * @param responses one response set per rater
   * @param recordAnswers what the records say, at most one per item
   * @param settings the minimum raters for a conclusive score and for showing a group
   * @return the tally
   */
  static Tally of(
      Checklist checklist,
      List<ResponseSet> responses,
      List<RecordAnswer> recordAnswers,
      ScoringSettings settings) {
    List<ChecklistItem> checklistItems = checklist.items();
    Map<String, Integer> itemIndex = new HashMap<>();
    for (int i = 0; i < checklistItems.size(); i++) {
      itemIndex.putIfAbsent(checklistItems.get(i).id(), i);
    }
    ScalePoints[] points = points(checklist);
    int[][] answers = new int[checklistItems.size()][responses.size()];
    for (int[] item : answers) {
      Arrays.fill(item, ScalePoints.NONE);
    }
    InterestGroup[] raterGroups = new InterestGroup[responses.size()];
    for (int rater = 0; rater < responses.size(); rater++) {
      ResponseSet set = responses.get(rater);
      raterGroups[rater] = set.raterInterestGroup();
      // A later answer to the same item replaces an earlier one, as a map keyed by item would.
      for (ItemResponse r : set.answers()) {
        Integer item = itemIndex.get(r.itemId());
        if (item != null) {
          answers[item][rater] = points[item].of(r.answerCode());
        }
      }
    }
    // Answers that may not be published are dropped here, before any rule reads them.
    boolean leftOut = DisclosureRule.leaveOut(answers, raterGroups, settings.minimumGroupSize());
    boolean[] counted = new boolean[responses.size()];
    int raters = 0;
    for (int[] item : answers) {
      for (int rater = 0; rater < item.length; rater++) {
        if (item[rater] != ScalePoints.NONE && !counted[rater]) {
          counted[rater] = true;
          raters++;
        }
      }
    }
    List<ItemTally> items = new ArrayList<>(checklistItems.size());
    for (int i = 0; i < checklistItems.size(); i++) {
      items.add(
          new ItemTally(
              checklistItems.get(i), points[i], answers[i], raterGroups, settings.minimumRaters()));
    }
    Map<String, RecordAnswer> records = new HashMap<>();
    recordAnswers.forEach(r -> records.put(r.itemId(), r));
    return new Tally(
        raters, responses.size(), leftOut, Collections.unmodifiableList(items), records);
  }

  /** Each item's scale, in checklist order; items on one scale share one view of it. */
  private static ScalePoints[] points(Checklist checklist) {
    Map<String, ScalePoints> byScale = new HashMap<>();
    List<ChecklistItem> items = checklist.items();
    ScalePoints[] points = new ScalePoints[items.size()];
    for (int i = 0; i < items.size(); i++) {
      AnswerScale scale = checklist.scaleOf(items.get(i));
      points[i] = byScale.computeIfAbsent(scale.id(), id -> new ScalePoints(scale));
    }
    return points;
  }

  /** What the records say about an item; null when they say nothing. */
  RecordAnswer record(String itemId) {
    return records.get(itemId);
  }
}
