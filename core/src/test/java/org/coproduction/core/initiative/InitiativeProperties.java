package org.coproduction.core.initiative;

import static org.coproduction.core.initiative.InitiativeGenerators.initiatives;
import static org.coproduction.core.initiative.InitiativeGenerators.initiativesWithMeetings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Documents;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Participant;
import org.junit.jupiter.api.Test;

class InitiativeProperties {
  private static final String UNKNOWN = "zz-unknown";
  // Each rejection example writes, edits and re-reads a whole document; 200 keeps the build quick.
  private static final int REJECTION_EXAMPLES = 200;

  /** A place in an initiative that refers to another record by id. */
  record Reference(String pointer, String path, String what) {}

  @Test
  void everyInitiativeSurvivesARoundTripThroughJson() {
    qt().forAll(initiatives())
        .checkAssert(i -> assertEquals(i, Documents.read(Documents.write(i), Initiative.class)));
  }

  @Test
  void writingIsDeterministic() {
    qt().forAll(initiatives())
        .checkAssert(
            i -> {
              String once = Documents.write(i);
              assertEquals(once, Documents.write(Documents.read(once, Initiative.class)));
            });
  }

  @Test
  void negativeNoticeIsRejectedWithThatMeetingsPath() {
    qt().withExamples(REJECTION_EXAMPLES)
        .forAll(
            initiativesWithMeetings(), integers().between(0, 1000), integers().between(1, 10_000))
        .checkAssert(
            (initiative, pick, days) -> {
              int k = pick % initiative.meetings().size();
              String json =
                  JsonEdits.set(
                      Documents.write(initiative), "/meetings/" + k + "/noticeDays", -days);
              assertRejected(
                  json, "meetings[" + k + "].noticeDays: must be 0 or more, was -" + days);
            });
  }

  @Test
  void aMeetingThatEndsAtOrBeforeItsStartIsRejectedWithItsPath() {
    qt().withExamples(REJECTION_EXAMPLES)
        .forAll(initiativesWithMeetings(), integers().between(0, 1000), integers().between(0, 120))
        .checkAssert(
            (initiative, pick, minutesEarlier) -> {
              int k = pick % initiative.meetings().size();
              Meeting m = initiative.meetings().get(k);
              String end = m.start().minusMinutes(minutesEarlier).toString();
              String json =
                  JsonEdits.set(Documents.write(initiative), "/meetings/" + k + "/end", end);
              assertRejected(
                  json,
                  "meetings[" + k + "].end: must be after start (" + m.start() + "), was " + end);
            });
  }

  @Test
  void anyDanglingReferenceIsRejectedWithItsPath() {
    qt().withExamples(REJECTION_EXAMPLES)
        .forAll(
            initiatives().assuming(i -> !references(i).isEmpty()), integers().between(0, 10_000))
        .checkAssert(
            (initiative, pick) -> {
              List<Reference> refs = references(initiative);
              Reference ref = refs.get(pick % refs.size());
              String json = JsonEdits.set(Documents.write(initiative), ref.pointer(), UNKNOWN);
              assertRejected(
                  json, ref.path() + ": no " + ref.what() + " with id '" + UNKNOWN + "'");
            });
  }

  @Test
  void aRepeatedIdIsRejectedAtItsSecondUse() {
    qt().withExamples(REJECTION_EXAMPLES)
        .forAll(
            initiatives().assuming(i -> !listsWithTwoOrMore(i).isEmpty()),
            integers().between(0, 1000),
            integers().between(0, 1000),
            integers().between(0, 1000))
        .checkAssert(
            (initiative, whichList, a, b) -> {
              String json = Documents.write(initiative);
              List<String> lists = listsWithTwoOrMore(initiative);
              String list = lists.get(whichList % lists.size());
              int size = JsonEdits.at(json, "/" + list).size();
              int first = a % (size - 1);
              int second = first + 1 + b % (size - 1 - first);
              String id = JsonEdits.at(json, "/" + list + "/" + first + "/id").asString();
              String bad = JsonEdits.set(json, "/" + list + "/" + second + "/id", id);
              assertRejected(
                  bad,
                  list
                      + "["
                      + second
                      + "].id: duplicate id '"
                      + id
                      + "', already used at index "
                      + first
                      + " of this list");
            });
  }

  @Test
  void aSecondPlanForTheSameStageIsRejected() {
    qt().withExamples(REJECTION_EXAMPLES)
        .forAll(initiatives().assuming(i -> !i.stages().isEmpty()), integers().between(0, 1000))
        .checkAssert(
            (initiative, pick) -> {
              int k = pick % initiative.stages().size();
              String json = Documents.write(initiative);
              String bad = JsonEdits.append(json, "/stages", JsonEdits.at(json, "/stages/" + k));
              int n = initiative.stages().size();
              assertRejected(
                  bad,
                  "stages["
                      + n
                      + "].stage: there is already a plan for "
                      + initiative.stages().get(k).stage()
                      + " at index "
                      + k
                      + " of this list");
            });
  }

  @Test
  void aPlanBelowCoProductionWithoutAReasonIsRejected() {
    qt().withExamples(REJECTION_EXAMPLES)
        .forAll(
            initiatives().assuming(i -> i.stages().stream().anyMatch(StagePlan::belowCoProduction)),
            integers().between(0, 1000))
        .checkAssert(
            (initiative, pick) -> {
              List<Integer> lower = new ArrayList<>();
              for (int i = 0; i < initiative.stages().size(); i++) {
                if (initiative.stages().get(i).belowCoProduction()) {
                  lower.add(i);
                }
              }
              int k = lower.get(pick % lower.size());
              String bad =
                  JsonEdits.remove(
                      Documents.write(initiative), "/stages/" + k + "/reasonForLowerRung");
              assertRejected(
                  bad,
                  "stages["
                      + k
                      + "].reasonForLowerRung: required because the declared rung "
                      + initiative.stages().get(k).declaredRung()
                      + " is below CO_PRODUCTION; say openly why this stage cannot go higher");
            });
  }

  @Test
  void meetingsInDateOrderAreTheMeetingsSorted() {
    qt().forAll(initiatives())
        .checkAssert(
            i -> {
              List<Meeting> ordered = i.meetingsInDateOrder();
              assertEquals(new HashSet<>(i.meetings()), new HashSet<>(ordered));
              assertEquals(i.meetings().size(), ordered.size());
              for (int k = 1; k < ordered.size(); k++) {
                assertTrue(!ordered.get(k).date().isBefore(ordered.get(k - 1).date()));
              }
              assertEquals(
                  i.meetings().stream().map(Meeting::date).min(LocalDate::compareTo),
                  i.firstMeetingDate());
              if (!ordered.isEmpty()) {
                assertEquals(i.firstMeetingDate().get(), ordered.get(0).date());
              }
            });
  }

  @Test
  void everyParticipantCanBeLookedUpAndEveryGroupIsPresentOrMissing() {
    qt().forAll(initiatives())
        .checkAssert(
            i -> {
              for (Participant p : i.participants()) {
                assertEquals(p, i.participant(p.id()).orElseThrow());
              }
              assertTrue(i.participant(UNKNOWN).isEmpty());
              Set<InterestGroup> all = EnumSet.noneOf(InterestGroup.class);
              all.addAll(i.interestGroupsPresent());
              all.addAll(i.interestGroupsMissing());
              assertEquals(EnumSet.allOf(InterestGroup.class), all);
              assertEquals(
                  i.participants().stream()
                      .map(Participant::interestGroup)
                      .collect(Collectors.toSet()),
                  i.interestGroupsPresent());
            });
  }

  private static void assertRejected(String json, String message) {
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> Documents.read(json, Initiative.class));
    assertEquals(message, e.getMessage());
  }

  private static List<String> listsWithTwoOrMore(Initiative i) {
    List<String> lists = new ArrayList<>();
    if (i.participants().size() > 1) {
      lists.add("participants");
    }
    if (i.bodies().size() > 1) {
      lists.add("bodies");
    }
    if (i.meetings().size() > 1) {
      lists.add("meetings");
    }
    if (i.suggestions().size() > 1) {
      lists.add("suggestions");
    }
    if (i.decisions().size() > 1) {
      lists.add("decisions");
    }
    if (i.reviewRounds().size() > 1) {
      lists.add("reviewRounds");
    }
    return lists;
  }

  /** Every reference in the initiative, with its JSON Pointer, its path and what it names. */
  static List<Reference> references(Initiative i) {
    List<Reference> refs = new ArrayList<>();
    for (int b = 0; b < i.bodies().size(); b++) {
      list(refs, "bodies", b, "members", i.bodies().get(b).members(), "participant");
    }
    for (int m = 0; m < i.meetings().size(); m++) {
      Meeting meeting = i.meetings().get(m);
      if (meeting.bodyId().isPresent()) {
        refs.add(one("meetings", m, "bodyId", "body"));
      }
      list(refs, "meetings", m, "invited", meeting.invited(), "participant");
      list(refs, "meetings", m, "attended", meeting.attended(), "participant");
    }
    for (int s = 0; s < i.suggestions().size(); s++) {
      refs.add(one("suggestions", s, "raisedBy", "participant"));
      if (i.suggestions().get(s).meetingId().isPresent()) {
        refs.add(one("suggestions", s, "meetingId", "meeting"));
      }
    }
    for (int d = 0; d < i.decisions().size(); d++) {
      list(refs, "decisions", d, "decidedBy", i.decisions().get(d).decidedBy(), "participant");
      if (i.decisions().get(d).bodyId().isPresent()) {
        refs.add(one("decisions", d, "bodyId", "body"));
      }
    }
    for (int a = 0; a < i.assets().size(); a++) {
      refs.add(one("assets", a, "holder", "participant"));
    }
    return refs;
  }

  private static Reference one(String list, int index, String field, String what) {
    return new Reference(
        "/" + list + "/" + index + "/" + field, list + "[" + index + "]." + field, what);
  }

  private static void list(
      List<Reference> refs, String list, int index, String field, List<String> ids, String what) {
    for (int k = 0; k < ids.size(); k++) {
      refs.add(
          new Reference(
              "/" + list + "/" + index + "/" + field + "/" + k,
              list + "[" + index + "]." + field + "[" + k + "]",
              what));
    }
  }
}
