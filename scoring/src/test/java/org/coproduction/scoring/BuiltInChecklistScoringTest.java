package org.coproduction.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ItemResponse;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Role;
import org.coproduction.core.principle.PrincipleFrameworks;
import org.junit.jupiter.api.Test;

/** The checklist that ships with the library scores end to end. */
class BuiltInChecklistScoringTest {

  @Test
  void everybodySayingYesToEverythingIsGoingStrongOnEveryPrincipleOfEveryFramework() {
    Checklist checklist = BuiltInChecklist.get();
    List<ResponseSet> sets = new ArrayList<>();
    for (int r = 0; r < 3; r++) {
      List<ItemResponse> answers = new ArrayList<>();
      for (String itemId : checklist.itemIds()) {
        answers.add(ItemResponse.of(itemId, Answer.YES));
      }
      sets.add(
          ResponseSet.builder()
              .id("rs-" + r)
              .checklist(checklist.ref())
              .initiativeId("initiative-1")
              .raterRole(Role.PERSON_WHO_USES_SERVICES)
              .raterInterestGroup(InterestGroup.PEOPLE_WHO_USE_SERVICES)
              .answers(answers)
              .build());
    }
    ScoreReport report = Scoring.score(checklist, sets);
    assertEquals(Band.GOING_STRONG, report.overall().band().orElseThrow());
    assertEquals(100.0, report.overall().value().orElseThrow());
    assertEquals(checklist.items().size(), report.items().size());
    assertEquals(4, report.areas().size());
    assertEquals(List.of(), report.redFlags());
    for (String framework : List.of("guide", "duneane", "pathway")) {
      Set<String> scored =
          report.principles().stream()
              .filter(p -> p.frameworkId().equals(framework))
              .map(PrincipleScore::principleId)
              .collect(Collectors.toSet());
      Set<String> all =
          PrincipleFrameworks.byId(framework).orElseThrow().principles().stream()
              .map(p -> p.id())
              .collect(Collectors.toSet());
      assertEquals(all, scored, framework);
    }
    report
        .principles()
        .forEach(p -> assertEquals(Band.GOING_STRONG, p.score().band().orElseThrow()));
  }
}
