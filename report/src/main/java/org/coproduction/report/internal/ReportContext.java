package org.coproduction.report.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ChecklistItem;
import org.coproduction.checklist.ChecklistRef;
import org.coproduction.checklist.FrameworkRef;
import org.coproduction.core.Source;
import org.coproduction.core.principle.Principle;
import org.coproduction.core.principle.PrincipleFramework;
import org.coproduction.core.principle.PrincipleFrameworks;
import org.coproduction.report.EvaluationReport;
import org.coproduction.scoring.ItemScore;
import org.coproduction.scoring.PrincipleScore;
import org.coproduction.scoring.flags.RedFlag;

/**
 * What a renderer needs beside the report itself: the checklist's wording for each item and the
 * names of the principles. A report holds only ids, so the words come from the checklist it was
 * scored with and from the built-in principle frameworks; when neither is at hand, ids stand in.
 */
public final class ReportContext {
  private final EvaluationReport report;
  private final Optional<Checklist> checklist;
  private final List<FrameworkView> frameworks;

  private ReportContext(EvaluationReport report, Optional<Checklist> checklist) {
    this.report = report;
    this.checklist = checklist;
    this.frameworks = resolveFrameworks(report, checklist);
  }

  /**
   * The context for a report without a checklist at hand: the built-in checklist when the report
   * was scored with it, otherwise ids alone.
   *
   * @param report the report
   * @return the context
   */
  public static ReportContext of(EvaluationReport report) {
    Checklist builtIn = BuiltInChecklist.get();
    boolean usesBuiltIn = report.latest().checklist().equals(builtIn.ref());
    return new ReportContext(report, usesBuiltIn ? Optional.of(builtIn) : Optional.empty());
  }

  /**
   * The context for a report and the checklist it was scored with.
   *
   * @param report the report
   * @param checklist the checklist, whose id and version must be those in the report
   * @return the context
   * @throws IllegalArgumentException when the report was scored with another checklist
   */
  public static ReportContext of(EvaluationReport report, Checklist checklist) {
    ChecklistRef scoredWith = report.latest().checklist();
    if (!scoredWith.equals(checklist.ref())) {
      throw new IllegalArgumentException(
          "the report was scored with checklist '"
              + scoredWith
              + "', not '"
              + checklist.ref()
              + "'");
    }
    return new ReportContext(report, Optional.of(checklist));
  }

  /**
   * The report being rendered.
   *
   * @return the report
   */
  public EvaluationReport report() {
    return report;
  }

  /**
   * The checklist the report was scored with, when known.
   *
   * @return the checklist, or empty
   */
  public Optional<Checklist> checklist() {
    return checklist;
  }

  /**
   * One item of the checklist.
   *
   * @param itemId the item's id
   * @return the item, or empty when the checklist is not known or lacks it
   */
  public Optional<ChecklistItem> item(String itemId) {
    return checklist.flatMap(c -> c.item(itemId));
  }

  /**
   * What an item asks, for headings: its statement, or its id when the checklist is not known.
   *
   * @param itemId the item's id
   * @return the statement or the id
   */
  public String itemTitle(String itemId) {
    return item(itemId).map(ChecklistItem::statement).orElse(itemId);
  }

  /**
   * The ids of every item: the checklist's, in its order, or else every item the report names.
   *
   * @return the ids, each once
   */
  public List<String> itemIds() {
    if (checklist.isPresent()) {
      return checklist.get().itemIds();
    }
    Set<String> ids = new LinkedHashSet<>();
    for (var round : report.rounds()) {
      round.items().stream().map(ItemScore::itemId).forEach(ids::add);
      round.redFlags().stream().map(RedFlag::itemId).forEach(ids::add);
    }
    report.recordAnswers().forEach(a -> ids.add(a.itemId()));
    return List.copyOf(ids);
  }

  /**
   * The principle frameworks the report scores against, in the checklist's order.
   *
   * @return the frameworks with their principles
   */
  public List<FrameworkView> frameworks() {
    return frameworks;
  }

  /**
   * A principle's display name.
   *
   * @param frameworkId the framework's id
   * @param principleId the principle's id
   * @return its name, or the id when the framework is not known
   */
  public String principleName(String frameworkId, String principleId) {
    return frameworks.stream()
        .filter(f -> f.id().equals(frameworkId))
        .flatMap(f -> f.principles().stream())
        .filter(p -> p.id().equals(principleId))
        .map(PrincipleView::name)
        .findFirst()
        .orElse(principleId);
  }

  private static List<FrameworkView> resolveFrameworks(
      EvaluationReport report, Optional<Checklist> checklist) {
    List<PrincipleScore> scores = report.latest().principles();
    Set<String> ids = new LinkedHashSet<>();
    checklist.ifPresent(c -> c.frameworks().stream().map(FrameworkRef::id).forEach(ids::add));
    scores.forEach(s -> ids.add(s.frameworkId()));
    List<FrameworkView> views = new ArrayList<>();
    for (String id : ids) {
      String version =
          checklist
              .flatMap(c -> c.frameworks().stream().filter(f -> f.id().equals(id)).findFirst())
              .map(FrameworkRef::version)
              .orElse("");
      Optional<PrincipleFramework> builtIn = PrincipleFrameworks.byId(id);
      List<PrincipleView> principles = new ArrayList<>();
      Set<String> seen = new LinkedHashSet<>();
      if (builtIn.isPresent()) {
        for (Principle p : builtIn.get().principles()) {
          principles.add(
              new PrincipleView(
                  p.id(), p.name(), Optional.of(p.description()), Optional.of(p.source())));
          seen.add(p.id());
        }
        if (version.isEmpty()) {
          version = builtIn.get().version();
        }
      }
      // Principles the built-in set lacks (or all of a framework of the user's own) keep their id.
      List<String> others = new ArrayList<>();
      checklist.ifPresent(
          c ->
              c.items()
                  .forEach(
                      item -> {
                        for (Map.Entry<String, List<String>> e : item.principles().entrySet()) {
                          if (e.getKey().equals(id)) {
                            others.addAll(e.getValue());
                          }
                        }
                      }));
      scores.stream()
          .filter(s -> s.frameworkId().equals(id))
          .map(PrincipleScore::principleId)
          .forEach(others::add);
      for (String p : others) {
        if (seen.add(p)) {
          principles.add(new PrincipleView(p, p, Optional.empty(), Optional.empty()));
        }
      }
      String name = builtIn.map(PrincipleFramework::name).orElse(id);
      views.add(new FrameworkView(id, version, name, List.copyOf(principles)));
    }
    return List.copyOf(views);
  }

  /**
   * A principle framework as a report shows it.
   *
   * @param id the framework's id, such as {@code guide}
   * @param version its version, or empty when not known
   * @param name its display name, or the id
   * @param principles its principles in the framework's order
   */
  public record FrameworkView(
      String id, String version, String name, List<PrincipleView> principles) {}

  /**
   * A principle as a report shows it.
   *
   * @param id the principle's id, such as {@code equality}
   * @param name its display name, or the id
   * @param description what it means, when the framework is built in
   * @param source where it comes from, when the framework is built in
   */
  public record PrincipleView(
      String id, String name, Optional<String> description, Optional<Source> source) {}
}
