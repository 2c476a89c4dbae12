package org.coproduction.checklist;

import java.util.List;
import java.util.Optional;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.principle.Principle;
import org.coproduction.core.principle.PrincipleFramework;
import org.coproduction.core.principle.PrincipleFrameworks;

/**
 * Checks that every principle a checklist's items name is a principle of its framework. Without
 * this, a typo such as {@code equalty} under {@code guide} would quietly become a fifth principle
 * of the national guide, with a score of its own. A built-in framework is checked whenever the
 * checklist maps to its id and version; a framework of the user's own is checked where the
 * framework itself is at hand, as in an evaluation file.
 */
final class PrincipleMapping {
  private PrincipleMapping() {}

  /** Checks the items against every built-in framework the checklist maps to, at its version. */
  static void checkBuiltIn(Checklist checklist) {
    for (FrameworkRef ref : checklist.frameworks()) {
      Optional<PrincipleFramework> builtIn = PrincipleFrameworks.byId(ref.id());
      if (builtIn.isPresent() && builtIn.get().version().equals(ref.version())) {
        check(checklist, builtIn.get());
      }
    }
  }

  /**
   * Checks the items' principles for one framework.
   *
   * @throws CoProductionException at {@code items[i].principles.<framework>[j]} for the first
   *     principle id that the framework lacks
   */
  static void check(Checklist checklist, PrincipleFramework framework) {
    List<ChecklistItem> items = checklist.items();
    for (int i = 0; i < items.size(); i++) {
      List<String> named = items.get(i).principles().getOrDefault(framework.id(), List.of());
      for (int j = 0; j < named.size(); j++) {
        if (framework.principle(named.get(j)).isEmpty()) {
          throw CoProductionException.at(
              "items[" + i + "].principles." + framework.id() + "[" + j + "]",
              "'"
                  + named.get(j)
                  + "' is not a principle of "
                  + framework.name()
                  + " ("
                  + framework.id()
                  + " "
                  + framework.version()
                  + "); its principles are "
                  + String.join(", ", framework.principles().stream().map(Principle::id).toList()));
        }
      }
    }
  }
}
