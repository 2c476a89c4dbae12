package org.coproduction.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ChecklistItem;
import org.coproduction.checklist.ItemResponse;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Role;
import org.junit.jupiter.api.Test;

/**
 * The disclosure rule against the strongest reader: whoever knows every other answer still cannot
 * pin the answer counts of a group whose answers were left out.
 */
class DisclosureProperties {
  private static final Answer[] ANSWERS = Answer.values();

  /** A small initiative: its checklist, everybody's answers and k. */
  record Initiative(Checklist checklist, List<ResponseSet> responses, ScoringSettings settings) {
    @Override
    public String toString() {
      StringBuilder s = new StringBuilder("k=" + settings.minimumGroupSize());
      for (ResponseSet set : responses) {
        s.append("\n  ").append(set.raterInterestGroup()).append(':');
        for (ItemResponse r : set.answers()) {
          s.append(' ').append(r.itemId()).append('=').append(r.answer());
        }
      }
      return s.toString();
    }
  }

  /**
   * 2 to 5 groups of 1 to 5 raters, 2 to 4 items, every answer including don't know and not
   * applicable, and some items skipped; k from 2 to 4, mostly 3.
   */
  static Initiative initiative(long seed) {
    Random random = new Random(seed);
    Checklist full = Fixtures.checklist();
    List<ChecklistItem> items = full.items().subList(0, 2 + random.nextInt(3));
    Checklist checklist = Checklist.builder().from(full).items(items).build();
    List<InterestGroup> groups = new ArrayList<>(List.of(InterestGroup.values()));
    Collections.shuffle(groups, random);
    groups = groups.subList(0, 2 + random.nextInt(4));
    List<ResponseSet> responses = new ArrayList<>();
    for (InterestGroup group : groups) {
      int raters = 1 + random.nextInt(5);
      for (int r = 0; r < raters; r++) {
        List<ItemResponse> answers = new ArrayList<>();
        for (ChecklistItem item : items) {
          if (random.nextInt(5) > 0 || answers.isEmpty() && item == items.get(items.size() - 1)) {
            answers.add(ItemResponse.of(item.id(), ANSWERS[random.nextInt(ANSWERS.length)]));
          }
        }
        responses.add(
            ResponseSet.builder()
                .id("rs-" + responses.size())
                .checklist(checklist.ref())
                .initiativeId("initiative-1")
                .reviewRoundId("r1")
                .raterRole(Role.COMMUNITY_MEMBER)
                .raterInterestGroup(group)
                .answers(answers)
                .build());
      }
    }
    int[] ks = {2, 3, 3, 3, 4};
    ScoringSettings settings =
        ScoringSettings.builder().minimumGroupSize(ks[random.nextInt(ks.length)]).build();
    return new Initiative(checklist, responses, settings);
  }

  @Test
  void noLeftOutAnswerCountsCanBePinnedByAReaderWhoKnowsEveryOtherAnswer() {
    AtomicInteger cellsAttacked = new AtomicInteger();
    qt().withExamples(2000)
        .forAll(longs().all())
        .as(DisclosureProperties::initiative)
        .checkAssert(
            initiative -> {
              Attacker attacker =
                  new Attacker(
                      initiative.checklist(), initiative.responses(), initiative.settings());
              int k = initiative.settings().minimumGroupSize();
              for (ChecklistItem item : initiative.checklist().items()) {
                for (InterestGroup group : InterestGroup.values()) {
                  int people = attacker.cell(item.id(), group).size();
                  if (people == 0 || people >= k) {
                    continue;
                  }
                  cellsAttacked.incrementAndGet();
                  Set<List<Integer>> kept = attacker.candidates(item.id(), group);
                  // Every way those people could have answered gives the same report.
                  assertEquals(
                      binomial(people + ANSWERS.length - 1, people),
                      kept.size(),
                      item.id() + " " + group);
                }
              }
            });
    // The cases are small enough that many cells are left out: the property is not vacuous.
    assertTrue(cellsAttacked.get() > 1000, "cells attacked: " + cellsAttacked.get());
  }

  /** How many answer-count vectors m people can give over the five answers. */
  private static int binomial(int n, int r) {
    long result = 1;
    for (int i = 1; i <= r; i++) {
      result = result * (n - r + i) / i;
    }
    return (int) result;
  }
}
