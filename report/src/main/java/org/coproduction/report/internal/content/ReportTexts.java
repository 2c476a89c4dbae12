package org.coproduction.report.internal.content;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
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
import org.coproduction.scoring.AnswerCounts;
import org.coproduction.scoring.ItemScore;
import org.coproduction.scoring.PrincipleScore;
import org.coproduction.scoring.flags.RedFlag;

/**
 * The words behind the ids in a report: an item's statement, a framework's and a principle's name,
 * the frameworks with their principles. A report carries ids only; the wording comes from the
 * checklist the raters answered, and only when it is the very checklist (id and version) the report
 * was scored against, so a report never shows a statement its raters did not see. Every format
 * takes its wording from here.
 */
@API(status = INTERNAL, since = "0.1")
public final class ReportTexts {
  private final EvaluationReport report;
  private final Optional<Checklist> checklist;
  private final List<FrameworkView> frameworks;

  private ReportTexts(EvaluationReport report, Optional<Checklist> checklist) {
    this.report = report;
    this.checklist = checklist;
    this.frameworks = resolveFrameworks(report, checklist);
  }

  /**
   * The wording for a report, falling back to ids rather than refusing a checklist: what the text,
   * Markdown and CSV reports use.
   *
   * @param report the report
   * @param checklist the checklist the raters answered, if known; the built-in checklist is used
   *     when the report was scored against it and no matching checklist is given
   * @return the wording; ids stand in for statements when no matching checklist is at hand
   */
  public static ReportTexts of(EvaluationReport report, Optional<Checklist> checklist) {
    ChecklistRef scored = report.latest().checklist();
    Optional<Checklist> matching =
        checklist
            .or(() -> Optional.of(BuiltInChecklist.get()))
            .filter(c -> c.ref().equals(scored))
            .or(() -> Optional.of(BuiltInChecklist.get()).filter(c -> c.ref().equals(scored)));
    return new ReportTexts(report, matching);
  }

  /**
   * The wording for a report and the checklist it was scored with, refusing any other: what the
   * HTML and SARIF reports use.
   *
   * @param report the report
   * @param checklist the checklist, whose id and version must be those in the report
   * @return the wording
   * @throws IllegalArgumentException when the report was scored with another checklist
   */
  public static ReportTexts scoredWith(EvaluationReport report, Checklist checklist) {
    ChecklistRef scoredWith = report.latest().checklist();
    if (!scoredWith.equals(checklist.ref())) {
      throw new IllegalArgumentException(
          "the report was scored with checklist '"
              + scoredWith
              + "', not '"
              + checklist.ref()
              + "'");
    }
    return new ReportTexts(report, Optional.of(checklist));
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
   * How raters answered an item, counted, by the labels of the item's answer scale, top of the
   * scale first, then the options that are not answers that anybody gave: for example {@code 1
   * strongly agree, 2 agree, 0 neither agree nor disagree, 0 disagree, 0 strongly disagree, 1 don't
   * know}. On the yes/partly/no scale it reads {@code 2 yes, 1 partly, 0 no}, as reports always
   * have. The one wording of counts that every format uses.
   *
   * @param itemId the item's id, whose scale gives the labels
   * @param counts the counts
   * @return the counts in words
   */
  public String answerCounts(String itemId, AnswerCounts counts) {
    List<String> parts = new ArrayList<>();
    if (counts.byAnswer().isEmpty() && counts.byNotAnswer().isEmpty()) {
      parts.add(counts.yes() + " yes");
      parts.add(counts.partly() + " partly");
      parts.add(counts.no() + " no");
      if (counts.dontKnow() > 0) {
        parts.add(counts.dontKnow() + " don't know");
      }
      if (counts.notApplicable() > 0) {
        parts.add(counts.notApplicable() + " not applicable");
      }
      return String.join(", ", parts);
    }
    List<Map.Entry<String, Integer>> answers = new ArrayList<>(counts.byAnswer().entrySet());
    Collections.reverse(answers);
    answers.forEach(e -> parts.add(e.getValue() + " " + answerLabel(itemId, e.getKey())));
    counts
        .byNotAnswer()
        .forEach(
            (code, n) -> {
              if (n > 0) {
                parts.add(n + " " + answerLabel(itemId, code));
              }
            });
    return String.join(", ", parts);
  }

  /**
   * An answer as raters saw it, in lower case: the label on the item's scale, or the code in words
   * ({@code STRONGLY_AGREE} as {@code strongly agree}) when the checklist is not known.
   *
   * @param itemId the item answered
   * @param code the answer's code
   * @return the label
   */
  public String answerLabel(String itemId, String code) {
    return checklist
        .flatMap(c -> c.item(itemId).map(c::scaleOf))
        .flatMap(scale -> scale.option(code))
        .map(o -> o.label().toLowerCase(Locale.ROOT))
        .orElseGet(() -> code.toLowerCase(Locale.ROOT).replace('_', ' '));
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
   * @return its name, or the id for a framework that is neither built in nor the evaluation's own
   */
  public String framework(String frameworkId) {
    return known(report, frameworkId).map(PrincipleFramework::name).orElse(frameworkId);
  }

  /**
   * The name of a principle.
   *
   * @param frameworkId the framework's id
   * @param principleId the principle's id
   * @return its name, or the id for a principle of a framework that is neither built in nor the
   *     evaluation's own
   */
  public String principle(String frameworkId, String principleId) {
    return known(report, frameworkId)
        .flatMap(f -> f.principle(principleId))
        .map(Principle::name)
        .orElse(principleId);
  }

  /**
   * A framework the report can name: one of the evaluation's own, or else a built-in one. An
   * evaluation may not reuse a built-in id, so the two never disagree.
   */
  private static Optional<PrincipleFramework> known(EvaluationReport report, String frameworkId) {
    return report.frameworks().stream()
        .filter(f -> f.id().equals(frameworkId))
        .findFirst()
        .or(() -> PrincipleFrameworks.byId(frameworkId));
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
      Optional<PrincipleFramework> framework = known(report, id);
      List<PrincipleView> principles = new ArrayList<>();
      Set<String> seen = new LinkedHashSet<>();
      if (framework.isPresent()) {
        for (Principle p : framework.get().principles()) {
          principles.add(
              new PrincipleView(
                  p.id(), p.name(), Optional.of(p.description()), Optional.of(p.source())));
          seen.add(p.id());
        }
        if (version.isEmpty()) {
          version = framework.get().version();
        }
      }
      // Principles no framework at hand names (as in a report made before frameworks were given)
      // keep
      // their id.
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
      String name = framework.map(PrincipleFramework::name).orElse(id);
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
