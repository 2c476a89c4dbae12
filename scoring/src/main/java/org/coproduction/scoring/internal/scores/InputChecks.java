package org.coproduction.scoring.internal.scores;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.coproduction.checklist.AnswerScale;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ChecklistRef;
import org.coproduction.checklist.ItemResponse;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.CoProductionException;

/**
 * Whether answers can be scored together: they answer the checklist, are about one initiative and
 * one review round, come once from each response set and each named participant, and the records
 * answer each item at most once. Each problem is reported with its path, for example {@code
 * responses[3].reviewRoundId}.
 */
final class InputChecks {
  private InputChecks() {}

  /**
   * Checks answers before they are counted.
   *
   * @param checklist the checklist answered
   * @param responses one response set per rater
   * @param recordAnswers what the records say
   * @throws CoProductionException at the first answer that does not fit
   */
  static void check(
      Checklist checklist, List<ResponseSet> responses, List<RecordAnswer> recordAnswers) {
    if (responses.isEmpty()) {
      throw CoProductionException.at("responses", "needs at least one response set to score");
    }
    ResponseSet first = Objects.requireNonNull(responses.get(0), "responses[0]");
    Map<String, Integer> ids = new HashMap<>();
    Map<String, Integer> participants = new HashMap<>();
    Set<String> itemIds = Set.copyOf(checklist.itemIds());
    Map<String, AnswerScale> scales = new HashMap<>();
    checklist.items().forEach(item -> scales.put(item.id(), checklist.scaleOf(item)));
    ChecklistRef ref = checklist.ref();
    for (int i = 0; i < responses.size(); i++) {
      String path = "responses[" + i + "]";
      ResponseSet r = Objects.requireNonNull(responses.get(i), path);
      if (!fits(r, ref, scales)) {
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
   * Whether {@link ResponseSet#validateAgainst} would pass (every item known, every answer on its
   * item's scale), found without searching the checklist for every answer; when this says no,
   * validateAgainst says why.
   */
  private static boolean fits(ResponseSet r, ChecklistRef ref, Map<String, AnswerScale> scales) {
    if (!r.checklist().id().equals(ref.id()) || !r.checklist().version().equals(ref.version())) {
      return false;
    }
    for (ItemResponse answer : r.answers()) {
      AnswerScale scale = scales.get(answer.itemId());
      if (scale == null || scale.option(answer.answerCode()).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static String round(Optional<String> round) {
    return round.map(r -> "review round '" + r + "'").orElse("no review round");
  }
}
