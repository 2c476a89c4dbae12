package org.coproduction.report.actions;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.List;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.core.people.Role;
import org.coproduction.core.practice.Recommendations;
import org.quicktheories.core.Gen;

/** QuickTheories generators for valid action plans on the built-in checklist. */
public final class ActionPlanGenerators {
  private ActionPlanGenerators() {}

  private static final List<String> NOTES =
      List.of("Pay travel costs.", "Café ✓, naïve", "Line one\nline two", "\"Quoted\" words");

  /**
   * Valid plans of zero to eight actions, with owners that are roles or bodies, every status, with
   * and without notes and a review round.
   *
   * @return the plans
   */
  public static Gen<ActionPlan> plans() {
    return in -> {
      List<String> items = BuiltInChecklist.get().itemIds();
      int n = integers().between(0, 8).generate(in);
      ActionPlan.Builder plan = ActionPlan.builder().evaluationId("eval-1");
      if (booleans().all().generate(in)) {
        plan.reviewRoundId("round-1");
      }
      for (int i = 0; i < n; i++) {
        Role[] roles = Role.values();
        PlannedAction.Builder action =
            PlannedAction.builder()
                .id("a" + i)
                .itemId(items.get(integers().between(0, items.size() - 1).generate(in)))
                .recommendation(
                    Recommendations.all()
                        .get(integers().between(0, Recommendations.all().size() - 1).generate(in))
                        .text())
                .owner(
                    booleans().all().generate(in)
                        ? Owner.role(roles[integers().between(0, roles.length - 1).generate(in)])
                        : Owner.body("group-" + integers().between(1, 3).generate(in)))
                .dueBy(LocalDate.of(2024, 1, 1).plusDays(integers().between(0, 1500).generate(in)))
                .status(
                    ActionStatus.values()[
                        integers().between(0, ActionStatus.values().length - 1).generate(in)])
                .clearByRoundId(booleans().all().generate(in) ? "round-2" : "round-3");
        if (booleans().all().generate(in)) {
          action.note(NOTES.get(integers().between(0, NOTES.size() - 1).generate(in)));
        }
        plan.addActions(action.build());
      }
      return plan.build();
    };
  }
}
