package org.coproduction.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ItemResponse;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.people.InterestGroup;

/**
 * Gathers the comments of one round's raters for the report, item by item and group by group,
 * without who wrote them. It follows the disclosure rule of the scores (scoring's minimum group
 * size, k): a group's comments on an item appear only when at least k people of that group answered
 * the item, "don't know" and "not applicable" included, which is exactly when the group's answers
 * to it count. So a comment never comes from a group whose figures the report hides, and the
 * comments of a group of one or two are never shown at all.
 */
final class RaterComments {
  private RaterComments() {}

  /**
   * The comments that may be shown.
   *
   * @param checklist the checklist answered, for the order of its items
   * @param round the response sets of the round the report is about
   * @param minimumGroupSize k: people of one group an item needs for their answers to count
   * @return the comments, in checklist order, then interest group order; each group's in
   *     alphabetical order, so their order tells nothing about who answered first
   */
  static List<GroupComments> gather(
      Checklist checklist, List<ResponseSet> round, int minimumGroupSize) {
    Map<String, Map<InterestGroup, Integer>> answered = new HashMap<>();
    Map<String, Map<InterestGroup, List<String>>> said = new HashMap<>();
    for (ResponseSet rater : round) {
      InterestGroup group = rater.raterInterestGroup();
      for (ItemResponse response : rater.answers()) {
        answered
            .computeIfAbsent(response.itemId(), i -> new EnumMap<>(InterestGroup.class))
            .merge(group, 1, Integer::sum);
        response
            .comment()
            .ifPresent(
                c ->
                    said.computeIfAbsent(response.itemId(), i -> new EnumMap<>(InterestGroup.class))
                        .computeIfAbsent(group, g -> new ArrayList<>())
                        .add(c));
      }
    }
    List<GroupComments> shown = new ArrayList<>();
    for (String itemId : checklist.itemIds()) {
      Map<InterestGroup, List<String>> byGroup = said.getOrDefault(itemId, Map.of());
      for (InterestGroup group : InterestGroup.values()) {
        List<String> comments = byGroup.get(group);
        if (comments == null || answered.get(itemId).getOrDefault(group, 0) < minimumGroupSize) {
          continue;
        }
        List<String> sorted = new ArrayList<>(comments);
        sorted.sort(null);
        shown.add(
            GroupComments.builder().itemId(itemId).interestGroup(group).comments(sorted).build());
      }
    }
    return shown;
  }
}
