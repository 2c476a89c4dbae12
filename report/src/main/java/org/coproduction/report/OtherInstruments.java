package org.coproduction.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.FrameworkRef;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.initiative.ReviewRound;
import org.coproduction.core.principle.PrincipleFramework;
import org.coproduction.core.principle.PrincipleFrameworks;
import org.coproduction.scoring.ScoreReport;
import org.coproduction.scoring.Scoring;
import org.coproduction.scoring.ScoringSettings;
import org.coproduction.scoring.crosswalk.Crosswalk;
import org.coproduction.scoring.crosswalk.CrosswalkReport;

/**
 * The rules for an evaluation's other instruments ({@link Evaluation#otherInstruments()}), and the
 * crosswalk that sets them beside its checklist: each instrument is a different checklist, maps to
 * frameworks that are built in or defined in the file, and the crosswalk's framework is one of
 * those an instrument maps to.
 */
final class OtherInstruments {
  private OtherInstruments() {}

  /** Checks what {@link Evaluation}'s own check cannot see one instrument at a time. */
  static void check(Evaluation evaluation) {
    List<String> seen = new ArrayList<>(List.of(evaluation.checklistInUse().id()));
    for (int i = 0; i < evaluation.otherInstruments().size(); i++) {
      String at = "otherInstruments[" + i + "]";
      Instrument other = evaluation.otherInstruments().get(i);
      Checklist checklist = other.checklistInUse();
      if (seen.contains(checklist.id())) {
        throw CoProductionException.at(
            at + (other.checklist().isPresent() ? ".checklist.id" : ".builtIn"),
            "checklist '"
                + checklist.id()
                + "' is already in this evaluation: each instrument is a different checklist");
      }
      seen.add(checklist.id());
      OwnFrameworks.check(
          evaluation.frameworks(),
          checklist,
          other.checklist().isPresent() ? at + ".checklist" : "");
    }
    if (evaluation.crosswalkFramework().isPresent()) {
      String id = evaluation.crosswalkFramework().get();
      if (evaluation.otherInstruments().isEmpty()) {
        throw CoProductionException.at(
            "crosswalkFramework",
            "a crosswalk needs another instrument under 'otherInstruments' to set beside the"
                + " checklist");
      }
      if (instruments(evaluation).stream()
          .noneMatch(c -> c.frameworks().stream().anyMatch(f -> f.id().equals(id)))) {
        throw CoProductionException.at(
            "crosswalkFramework",
            "no instrument in this evaluation maps its items to framework '" + id + "'");
      }
    }
  }

  /**
   * Sets every instrument's latest answers beside the checklist's latest round, per principle.
   *
   * @param evaluation the evaluation
   * @param checklistRound the report of the checklist's latest round
   * @param settings the settings every instrument is scored under
   * @return the crosswalk, or empty when the evaluation has no other instrument
   */
  static Optional<CrosswalkReport> crosswalk(
      Evaluation evaluation, ScoreReport checklistRound, ScoringSettings settings) {
    if (evaluation.otherInstruments().isEmpty()) {
      return Optional.empty();
    }
    List<ScoreReport> reports = new ArrayList<>(List.of(checklistRound));
    for (Instrument other : evaluation.otherInstruments()) {
      // The crosswalk compares what raters say; only the checklist's own items have record checks.
      reports.add(
          Scoring.score(other.checklistInUse(), latest(evaluation, other), List.of(), settings));
    }
    // With the checklists, so every format names each instrument's items by their statements.
    return Optional.of(Crosswalk.compare(reports, instruments(evaluation), framework(evaluation)));
  }

  /** The framework asked for, or else the first one an instrument maps to, in instrument order. */
  private static PrincipleFramework framework(Evaluation evaluation) {
    String id =
        evaluation
            .crosswalkFramework()
            .orElseGet(
                () ->
                    instruments(evaluation).stream()
                        .flatMap(c -> c.frameworks().stream())
                        .map(FrameworkRef::id)
                        .findFirst()
                        .orElseThrow(
                            () ->
                                CoProductionException.at(
                                    "otherInstruments",
                                    "no instrument maps its items to any principle framework, so"
                                        + " there is nothing to set side by side")));
    return PrincipleFrameworks.byId(id)
        .or(() -> evaluation.frameworks().stream().filter(f -> f.id().equals(id)).findFirst())
        .orElseThrow();
  }

  private static List<Checklist> instruments(Evaluation evaluation) {
    List<Checklist> all = new ArrayList<>(List.of(evaluation.checklistInUse()));
    evaluation.otherInstruments().forEach(o -> all.add(o.checklistInUse()));
    return all;
  }

  /**
   * The instrument's answers of the latest review round that has any, or else those that name no
   * round: what people say now, like the rest of the report's latest view.
   */
  private static List<ResponseSet> latest(Evaluation evaluation, Instrument instrument) {
    List<ReviewRound> rounds = evaluation.initiative().reviewRoundsInDateOrder();
    for (int i = rounds.size() - 1; i >= 0; i--) {
      Optional<String> id = Optional.of(rounds.get(i).id());
      List<ResponseSet> answers =
          instrument.responses().stream().filter(r -> r.reviewRoundId().equals(id)).toList();
      if (!answers.isEmpty()) {
        return answers;
      }
    }
    return instrument.responses().stream().filter(r -> r.reviewRoundId().isEmpty()).toList();
  }
}
