package org.coproduction.scoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ItemResponse;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.Documents;
import org.coproduction.core.people.InterestGroup;

/**
 * The strongest reader of a score report: one who knows every answer except those of one (item,
 * group) cell, and tries each possible set of answers for that cell's people, keeping those that
 * give exactly the published JSON report. If every kept set has the same answer counts, the cell's
 * answers are pinned: the report gave them away.
 */
final class Attacker {
  private static final Answer[] ANSWERS = Answer.values();

  private final Checklist checklist;
  private final List<ResponseSet> responses;
  private final ScoringSettings settings;
  private final String published;

  Attacker(Checklist checklist, List<ResponseSet> responses, ScoringSettings settings) {
    this.checklist = checklist;
    this.responses = responses;
    this.settings = settings;
    this.published = publish(responses);
  }

  private String publish(List<ResponseSet> sets) {
    return Documents.write(Scoring.score(checklist, sets, List.of(), settings));
  }

  /** The raters of one group who answered one item (any answer, don't know included). */
  List<Integer> cell(String itemId, InterestGroup group) {
    List<Integer> who = new ArrayList<>();
    for (int r = 0; r < responses.size(); r++) {
      ResponseSet set = responses.get(r);
      if (set.raterInterestGroup() == group && answer(set, itemId) != null) {
        who.add(r);
      }
    }
    return who;
  }

  /**
   * Every answer-count vector (yes, partly, no, don't know, not applicable) for the cell that is
   * consistent with the published report.
   */
  Set<List<Integer>> candidates(String itemId, InterestGroup group) {
    List<Integer> who = cell(itemId, group);
    Set<List<Integer>> kept = new HashSet<>();
    int[] choice = new int[who.size()];
    int combinations = (int) Math.pow(ANSWERS.length, who.size());
    for (int c = 0; c < combinations; c++) {
      int rest = c;
      List<ResponseSet> tried = new ArrayList<>(responses);
      int[] counts = new int[ANSWERS.length];
      for (int p = 0; p < who.size(); p++) {
        choice[p] = rest % ANSWERS.length;
        rest /= ANSWERS.length;
        counts[choice[p]]++;
        int r = who.get(p);
        tried.set(r, withAnswer(responses.get(r), itemId, ANSWERS[choice[p]]));
      }
      List<Integer> vector = new ArrayList<>();
      for (int count : counts) {
        vector.add(count);
      }
      if (!kept.contains(vector) && publish(tried).equals(published)) {
        kept.add(vector);
      }
    }
    return kept;
  }

  private static Answer answer(ResponseSet set, String itemId) {
    Answer found = null;
    for (ItemResponse r : set.answers()) {
      if (r.itemId().equals(itemId)) {
        found = r.answer();
      }
    }
    return found;
  }

  private static ResponseSet withAnswer(ResponseSet set, String itemId, Answer answer) {
    List<ItemResponse> answers = new ArrayList<>();
    for (ItemResponse r : set.answers()) {
      answers.add(r.itemId().equals(itemId) ? ItemResponse.of(itemId, answer) : r);
    }
    return ResponseSet.builder().from(set).answers(answers).build();
  }
}
