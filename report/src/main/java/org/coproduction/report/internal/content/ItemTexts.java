package org.coproduction.report.internal.content;

import java.util.Optional;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ChecklistItem;
import org.coproduction.checklist.ChecklistRef;
import org.coproduction.core.principle.Principle;
import org.coproduction.core.principle.PrincipleFramework;
import org.coproduction.core.principle.PrincipleFrameworks;
import org.coproduction.report.EvaluationReport;

/**
 * The words behind the ids in a report: an item's statement, a framework's and a principle's name.
 * A report carries ids only; the wording comes from the checklist the raters answered, and only
 * when it is the very checklist (id and version) the report was scored against, so a report never
 * shows a statement its raters did not see.
 */
public final class ItemTexts {
  private final Optional<Checklist> checklist;

  private ItemTexts(Optional<Checklist> checklist) {
    this.checklist = checklist;
  }

  /**
   * The wording for a report.
   *
   * @param report the report
   * @param checklist the checklist the raters answered, if known; the built-in checklist is used
   *     when the report was scored against it and no matching checklist is given
   * @return the wording; ids stand in for statements when no matching checklist is at hand
   */
  public static ItemTexts of(EvaluationReport report, Optional<Checklist> checklist) {
    ChecklistRef scored = report.latest().checklist();
    Optional<Checklist> matching =
        checklist
            .or(() -> Optional.of(BuiltInChecklist.get()))
            .filter(c -> c.ref().equals(scored))
            .or(() -> Optional.of(BuiltInChecklist.get()).filter(c -> c.ref().equals(scored)));
    return new ItemTexts(matching);
  }

  /**
   * What an item asks, in the checklist's words.
   *
   * @param itemId the item
   * @return the statement, or empty when the checklist is not at hand
   */
  public Optional<String> statement(String itemId) {
    return checklist.flatMap(c -> c.item(itemId)).map(ChecklistItem::statement);
  }

  /**
   * The name of a principle framework.
   *
   * @param frameworkId the framework's id
   * @return its name, or the id for a framework that is not built in
   */
  public String framework(String frameworkId) {
    return PrincipleFrameworks.byId(frameworkId).map(PrincipleFramework::name).orElse(frameworkId);
  }

  /**
   * The name of a principle.
   *
   * @param frameworkId the framework's id
   * @param principleId the principle's id
   * @return its name, or the id for a principle of a framework that is not built in
   */
  public String principle(String frameworkId, String principleId) {
    return PrincipleFrameworks.byId(frameworkId)
        .flatMap(f -> f.principle(principleId))
        .map(Principle::name)
        .orElse(principleId);
  }
}
