package org.coproduction.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.FrameworkRef;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.internal.Checks;
import org.coproduction.core.principle.PrincipleFramework;
import org.coproduction.core.principle.PrincipleFrameworks;

/**
 * The rules for the frameworks an evaluation file defines: each has an id of its own (not a
 * built-in framework's), the checklist maps to it at its version, and every principle the
 * checklist's items name under it is one of its principles. A checklist that maps to a framework
 * that is neither built in nor defined in the file is refused, since its principles could only be
 * shown as bare ids and a typo could not be caught.
 */
final class OwnFrameworks {
  private OwnFrameworks() {}

  /**
   * Checks an evaluation's frameworks against its checklist.
   *
   * @param frameworks the evaluation's own frameworks
   * @param checklist the checklist in use
   * @param checklistPath where the checklist is in the file, or empty for the built-in one
   */
  static void check(
      List<PrincipleFramework> frameworks, Checklist checklist, String checklistPath) {
    Checks.uniqueIds("frameworks", "id", frameworks, PrincipleFramework::id);
    for (int i = 0; i < frameworks.size(); i++) {
      String id = frameworks.get(i).id();
      if (PrincipleFrameworks.byId(id).isPresent()) {
        throw CoProductionException.at(
            "frameworks[" + i + "].id",
            "'"
                + id
                + "' is the id of a built-in framework, which needs no entry here: give a"
                + " framework of your own an id of its own");
      }
    }
    Map<String, PrincipleFramework> own =
        frameworks.stream().collect(Collectors.toMap(PrincipleFramework::id, Function.identity()));
    String at = checklistPath.isEmpty() ? "" : checklistPath + ".";
    for (int i = 0; i < checklist.frameworks().size(); i++) {
      FrameworkRef ref = checklist.frameworks().get(i);
      if (PrincipleFrameworks.byId(ref.id()).isPresent()) {
        continue; // the checklist checked its items against the built-in framework itself
      }
      Optional<PrincipleFramework> defined = Optional.ofNullable(own.get(ref.id()));
      if (defined.isEmpty()) {
        throw CoProductionException.at(
            at + "frameworks[" + i + "]",
            "framework '"
                + ref.id()
                + "' is not built in (guide, duneane, pathway): write it under 'frameworks' in"
                + " this file, with its principles, so reports can name them");
      }
      if (!defined.get().version().equals(ref.version())) {
        throw CoProductionException.at(
            at + "frameworks[" + i + "].version",
            "the checklist maps to "
                + ref
                + ", but this file's framework '"
                + ref.id()
                + "' is version "
                + defined.get().version());
      }
      try {
        checklist.checkPrinciplesOf(defined.get());
      } catch (CoProductionException e) {
        throw e.within(checklistPath);
      }
    }
  }
}
