package org.coproduction.checklist.internal.records;

import static org.apiguardian.api.API.Status.INTERNAL;
import static org.coproduction.checklist.internal.records.RecordSupport.DECISION_ORDER;
import static org.coproduction.checklist.internal.records.RecordSupport.byId;
import static org.coproduction.checklist.internal.records.RecordSupport.evidence;
import static org.coproduction.checklist.internal.records.RecordSupport.later;
import static org.coproduction.checklist.internal.records.RecordSupport.livedExperience;
import static org.coproduction.checklist.internal.records.RecordSupport.sorted;
import static org.coproduction.checklist.records.RecordChecks.INVOLVED_FROM_START;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.checklist.Evidence;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.checklist.records.RecordCheckSettings;
import org.coproduction.core.initiative.Decision;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.initiative.Meeting;
import org.coproduction.core.initiative.StagePlan;
import org.coproduction.core.people.Participant;

/**
 * The record check behind {@link
 * org.coproduction.checklist.records.RecordChecks#involvedFromStart}, where its rule is described.
 */
@API(status = INTERNAL, since = "0.1")
public final class InvolvedFromStart {
  private InvolvedFromStart() {}

  /**
   * Answers the item from the records.
   *
   * @param initiative the initiative's records
   * @param settings the thresholds to apply
   * @return the answer with its evidence
   */
  public static RecordAnswer answer(Initiative initiative, RecordCheckSettings settings) {
    Tally joining = new Tally();
    Optional<StagePlan> first =
        initiative.stages().stream()
            .filter(p -> p.started().isPresent())
            .min(
                Comparator.comparing((StagePlan p) -> p.started().orElseThrow())
                    .thenComparing(StagePlan::stage));
    first.ifPresent(p -> judgeFirstStage(p, joining));

    List<Meeting> meetings = initiative.meetingsInDateOrder();
    if (!meetings.isEmpty()) {
      Meeting m = meetings.get(0);
      Map<String, Participant> people = byId(initiative);
      boolean withThem =
          m.invited().stream().anyMatch(id -> livedExperience(people.get(id)))
              || m.attended().stream().anyMatch(id -> livedExperience(people.get(id)));
      if (withThem) {
        joining.pass();
      } else {
        joining.fail(
            Evidence.Kind.MEETING,
            m.id(),
            "no one who uses services or is a carer is recorded as invited to or at the first"
                + " meeting");
      }
    }

    Optional<LocalDate> earliestJoin =
        initiative.stages().stream()
            .flatMap(p -> p.usersAndCarersJoined().stream())
            .min(Comparator.naturalOrder());
    Tally decisions = new Tally();
    for (Decision d : sorted(initiative.decisions(), DECISION_ORDER)) {
      List<String> findings = new ArrayList<>();
      if (d.settledBeforeUsersInvolved()) {
        findings.add("recorded as settled before people who use services and carers were involved");
      }
      Optional<LocalDate> joined =
          d.stage()
              .flatMap(initiative::stagePlan)
              .flatMap(StagePlan::usersAndCarersJoined)
              .or(() -> earliestJoin);
      if (joined.isPresent() && d.decidedOn().isBefore(joined.get())) {
        findings.add(
            "decided on "
                + d.decidedOn()
                + ", before people who use services and carers joined on "
                + joined.get());
      }
      decisions.count(Evidence.Kind.DECISION, d.id(), findings);
    }

    List<Evidence> evidence = new ArrayList<>(joining.evidence());
    evidence.addAll(decisions.evidence());
    return Tally.answer(
        INVOLVED_FROM_START,
        Tally.worst(joining.strictly(), decisions.byShare(settings)),
        evidence);
  }

  private static void judgeFirstStage(StagePlan p, Tally joining) {
    LocalDate started = p.started().orElseThrow();
    Optional<LocalDate> joined = p.usersAndCarersJoined();
    if (joined.isEmpty()) {
      joining.fail(
          Evidence.Kind.STAGE,
          p.stage().name(),
          "the first stage started on "
              + started
              + " and people who use services and carers never joined it");
    } else if (joined.get().isAfter(started)) {
      joining.fail(
          Evidence.Kind.STAGE,
          p.stage().name(),
          "the first stage started on "
              + started
              + " but people who use services and carers joined only on "
              + joined.get()
              + ", "
              + later(ChronoUnit.DAYS.between(started, joined.get())));
    } else {
      joining.pass();
    }
  }
}
