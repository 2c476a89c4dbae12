package org.coproduction.scoring.ladder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.coproduction.core.initiative.Decision;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.initiative.Meeting;
import org.coproduction.core.initiative.StagePlan;
import org.coproduction.core.initiative.Suggestion;
import org.coproduction.core.practice.LadderRung;
import org.coproduction.core.practice.Stage;
import org.coproduction.scoring.internal.scores.Words;

/**
 * Places each stage of an initiative on the ladder of co-production from its records.
 *
 * <p>For every stage with a {@link StagePlan}, each {@link LadderRule} looks for evidence and,
 * where it finds some, caps the stage at a rung:
 *
 * <ul>
 *   <li>people who use services and carers never joined a stage that has started: {@link
 *       LadderRung#INFORMING};
 *   <li>a decision of the stage settled before they were involved (recorded so, or dated before
 *       they joined the stage), or a decision of no one stage recorded so: {@link
 *       LadderRung#CONSULTATION};
 *   <li>a decided suggestion from one of the stage's meetings never fed back: {@link
 *       LadderRung#ENGAGEMENT};
 *   <li>they joined after the stage started (the plan's start date or the stage's first meeting,
 *       whichever is earlier): {@link LadderSettings#lateJoinCap()}, {@link LadderRung#CO_DESIGN}
 *       by default.
 * </ul>
 *
 * <p>The suggested rung is the lowest cap that applies, or the declared rung when none is lower.
 * Evidence only ever lowers the placement: a record of a settled decision shows that power was not
 * shared, but no record proves that it was, so the declared rung is the ceiling. The stage is
 * {@link LadderFinding#OVER_CLAIMED} when the suggested rung is below the declared one, and {@link
 * LadderFinding#LOWER_RUNG_UNEXPLAINED} when it is below co-production and the plan gives no reason
 * for that, since the ladder asks that any step down be made openly. Sources: {@code
 * 000_c89612a375d72873.txt}, "Which rung on the ladder of co-production are you on?"; {@code
 * 002_ed537c7d2d404e79.txt}, "Defining co-production" (participation means being consulted,
 * co-production means being equal partners) and "Identifying and involving the right people from
 * the start"; {@code 004_badd4b3e527b04fd.txt}, "The Co-production Police and accountability".
 *
 * <p>Pure and thread-safe: the result depends only on the arguments, never on the order of
 * participants, meetings, suggestions, decisions or stage plans.
 */
public final class Ladders {
  private Ladders() {}

  /**
   * Places each stage with the default settings.
   *
   * @param initiative the initiative and its records
   * @return the placement of each declared stage
   */
  public static LadderAssessment assess(Initiative initiative) {
    return assess(initiative, LadderSettings.defaults());
  }

  /**
   * Places each stage.
   *
   * @param initiative the initiative and its records
   * @param settings the choices behind the rules
   * @return the placement of each declared stage
   */
  public static LadderAssessment assess(Initiative initiative, LadderSettings settings) {
    Objects.requireNonNull(initiative, "initiative");
    Objects.requireNonNull(settings, "settings");
    Map<Stage, StagePlan> plans = new EnumMap<>(Stage.class);
    initiative.stages().forEach(p -> plans.put(p.stage(), p));

    LadderAssessment.Builder out =
        LadderAssessment.builder().initiativeId(initiative.id()).settings(settings);
    for (Stage stage : Stage.values()) {
      StagePlan plan = plans.get(stage);
      if (plan == null) {
        out.addUndeclaredStages(stage);
      } else {
        out.addStages(place(initiative, plan, settings));
      }
    }
    return out.build();
  }

  private static final Comparator<LadderCap> CAP_ORDER =
      Comparator.comparing(LadderCap::cap)
          .thenComparing(LadderCap::rule)
          .thenComparing(c -> c.evidence().isEmpty() ? "" : c.evidence().get(0));

  private static StagePlacement place(
      Initiative initiative, StagePlan plan, LadderSettings settings) {
    Stage stage = plan.stage();
    Optional<LocalDate> joined = plan.usersAndCarersJoined();
    List<Meeting> meetings = initiative.meetingsFor(stage);
    List<Decision> stageDecisions = initiative.decisionsFor(stage);
    boolean notYetStarted =
        plan.started().isEmpty()
            && joined.isEmpty()
            && meetings.isEmpty()
            && stageDecisions.isEmpty();

    List<LadderCap> caps = new ArrayList<>();
    if (joined.isEmpty() && !notYetStarted) {
      caps.add(
          cap(
              LadderRule.USERS_AND_CARERS_NEVER_JOINED,
              LadderRung.INFORMING,
              List.of(),
              "People who use services and carers never joined this stage, so at most they were"
                  + " told about it."));
    }

    for (Decision d : initiative.decisions()) {
      boolean ofThisStage = d.stage().equals(Optional.of(stage));
      boolean datedBefore =
          ofThisStage && joined.isPresent() && d.decidedOn().isBefore(joined.get());
      if (!(ofThisStage && (d.settledBeforeUsersInvolved() || datedBefore))
          && !(d.stage().isEmpty() && d.settledBeforeUsersInvolved())) {
        continue;
      }
      String reason;
      if (d.settledBeforeUsersInvolved()) {
        reason =
            "Decision "
                + d.id()
                + (ofThisStage ? "" : ", which concerns the whole initiative,")
                + " was settled before people who use services and carers were involved, so they"
                + " could at most give views on it.";
      } else {
        reason =
            "Decision "
                + d.id()
                + " was taken on "
                + d.decidedOn()
                + ", before people who use services and carers joined this stage on "
                + joined.get()
                + ", so they could at most give views on it.";
      }
      caps.add(
          cap(
              LadderRule.DECISION_SETTLED_BEFORE_USERS_JOINED,
              LadderRung.CONSULTATION,
              List.of(d.id()),
              reason));
    }

    Set<String> stageMeetingIds =
        meetings.stream().map(Meeting::id).collect(Collectors.toUnmodifiableSet());
    TreeSet<String> notFedBack = new TreeSet<>();
    for (Suggestion s : initiative.suggestions()) {
      if (s.meetingId().isPresent()
          && stageMeetingIds.contains(s.meetingId().get())
          && s.outcome().isDecided()
          && !s.fedBack()) {
        notFedBack.add(s.id());
      }
    }
    if (!notFedBack.isEmpty()) {
      boolean one = notFedBack.size() == 1;
      caps.add(
          cap(
              LadderRule.SUGGESTIONS_NOT_FED_BACK,
              LadderRung.ENGAGEMENT,
              List.copyOf(notFedBack),
              (one ? "Suggestion " : "Suggestions ")
                  + Words.list(List.copyOf(notFedBack))
                  + (one ? " was" : " were")
                  + " decided but the outcome was never fed back to the person who made"
                  + (one ? " it" : " them")
                  + ", so people were listened to without sharing power."));
    }

    Optional<LocalDate> firstMeeting = meetings.stream().map(Meeting::date).findFirst();
    Optional<LocalDate> start = earliest(plan.started(), firstMeeting);
    if (joined.isPresent() && start.isPresent() && joined.get().isAfter(start.get())) {
      boolean fromMeeting = firstMeeting.equals(start) && !plan.started().equals(start);
      caps.add(
          cap(
              LadderRule.JOINED_AFTER_STAGE_STARTED,
              settings.lateJoinCap(),
              List.of(),
              "People who use services and carers joined this stage on "
                  + joined.get()
                  + ", after it started on "
                  + start.get()
                  + (fromMeeting ? " (its first meeting)" : "")
                  + ", so part of the work was done without them."));
    }

    caps.sort(CAP_ORDER);
    LadderRung declared = plan.declaredRung();
    LadderRung suggested = StagePlacement.lowest(declared, caps);
    boolean reasonGiven = plan.reasonForLowerRung().isPresent();
    List<LadderFinding> findings =
        StagePlacement.findingsFor(declared, suggested, reasonGiven, notYetStarted);
    return StagePlacement.builder()
        .stage(stage)
        .declaredRung(declared)
        .suggestedRung(suggested)
        .reasonForLowerRungGiven(reasonGiven)
        .caps(caps)
        .findings(findings)
        .summary(summary(declared, suggested, caps.isEmpty(), findings))
        .build();
  }

  private static Optional<LocalDate> earliest(Optional<LocalDate> a, Optional<LocalDate> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    return Optional.of(a.get().isBefore(b.get()) ? a.get() : b.get());
  }

  private static LadderCap cap(
      LadderRule rule, LadderRung rung, List<String> evidence, String reason) {
    return LadderCap.builder()
        .rule(rule)
        .cap(rung)
        .evidence(evidence)
        .reason(reason + " Capped at " + Words.rung(rung) + ".")
        .build();
  }

  private static String summary(
      LadderRung declared, LadderRung suggested, boolean noCaps, List<LadderFinding> findings) {
    StringBuilder sb = new StringBuilder();
    if (findings.contains(LadderFinding.NOT_YET_STARTED) && noCaps) {
      sb.append("Not started yet, so there is no evidence to check the declared rung, ")
          .append(Words.rung(declared))
          .append(", against.");
    } else if (declared.isAbove(suggested)) {
      int gap = declared.ordinal() - suggested.ordinal();
      sb.append("Declared ")
          .append(Words.rung(declared))
          .append(", but the records support at most ")
          .append(Words.rung(suggested))
          .append(", ")
          .append(gap)
          .append(gap == 1 ? " rung" : " rungs")
          .append(" lower.");
    } else if (noCaps) {
      sb.append("Nothing in the records limits the declared rung, ")
          .append(Words.rung(declared))
          .append(".");
    } else {
      sb.append("The records support the declared rung, ")
          .append(Words.rung(declared))
          .append(": no cap found is below it.");
    }
    if (findings.contains(LadderFinding.LOWER_RUNG_UNEXPLAINED)) {
      sb.append(" No reason is given for working below co-production.");
    }
    return sb.toString();
  }
}
