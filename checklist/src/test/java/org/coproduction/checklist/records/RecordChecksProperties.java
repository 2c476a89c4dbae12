package org.coproduction.checklist.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.enumValues;
import static org.quicktheories.generators.Generate.range;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.Evidence;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.initiative.Meeting;
import org.coproduction.core.people.AccessNeed;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Participant;
import org.coproduction.core.people.Role;
import org.coproduction.core.people.SeldomHeardGroup;
import org.coproduction.core.practice.Stage;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

class RecordChecksProperties {
  private static final RecordCheckSettings DEFAULTS = RecordCheckSettings.defaults();

  /** The same initiative before and after a change. */
  record Pair(Initiative before, Initiative after) {}

  private static Gen<RecordCheckSettings> settings() {
    return in -> RecordCheckSettings.of(range(1, 30).generate(in), range(1, 4).generate(in) / 4.0);
  }

  @Test
  void answersDoNotDependOnTheOrderOfTheRecords() {
    Gen<Pair> reordered =
        in -> {
          Initiative i = RecordGenerators.initiatives().generate(in);
          return new Pair(i, RecordGenerators.shuffled(i, in));
        };
    qt().withExamples(400)
        .forAll(reordered, settings())
        .checkAssert(
            (p, s) ->
                assertEquals(
                    RecordChecks.answer(p.before(), s), RecordChecks.answer(p.after(), s)));
  }

  @Test
  void addingAnInviteeFromAMissingInterestGroupNeverTurnsAYesIntoANo() {
    Gen<Pair> withInvitee =
        RecordGenerators.initiativesWithMeetings()
            .assuming(i -> i.meetings().stream().anyMatch(m -> !missingAt(i, m).isEmpty()))
            .mutate(
                (i, in) -> {
                  List<Meeting> lacking = new ArrayList<>();
                  i.meetings().stream()
                      .filter(m -> !missingAt(i, m).isEmpty())
                      .forEach(lacking::add);
                  Meeting m = lacking.get(range(0, lacking.size() - 1).generate(in));
                  List<InterestGroup> missing = new ArrayList<>(missingAt(i, m));
                  InterestGroup g = missing.get(range(0, missing.size() - 1).generate(in));
                  return new Pair(
                      i,
                      RecordFixtures.meeting(
                          RecordFixtures.edit(i, b -> b.addParticipants(newcomer(g, in))),
                          m.id(),
                          b -> b.addInvited("newcomer")));
                });
    qt().withExamples(400)
        .forAll(withInvitee, settings())
        .checkAssert(
            (p, s) -> {
              List<RecordAnswer> before = RecordChecks.answer(p.before(), s);
              List<RecordAnswer> after = RecordChecks.answer(p.after(), s);
              for (int k = 0; k < before.size(); k++) {
                Answer was = before.get(k).answer();
                Answer now = after.get(k).answer();
                assertFalse(
                    was == Answer.YES && now == Answer.NO,
                    before.get(k).itemId() + " went from YES to NO");
              }
            });
  }

  @Test
  void everyNoOrPartlyNamesRecordsThatExistAndEveryYesNamesNone() {
    qt().withExamples(400)
        .forAll(RecordGenerators.initiatives(), settings())
        .checkAssert(
            (i, s) -> {
              for (RecordAnswer a : RecordChecks.answer(i, s)) {
                if (a.answer() == Answer.NO || a.answer() == Answer.PARTLY) {
                  assertFalse(a.evidence().isEmpty(), a.itemId());
                } else {
                  assertEquals(List.of(), a.evidence(), a.itemId());
                }
                for (Evidence e : a.evidence()) {
                  assertTrue(exists(i, e), a.itemId() + " names " + e.kind() + " " + e.ref());
                }
              }
            });
  }

  @Test
  void noEvidenceNamesAnAccessNeedOrASeldomHeardGroup() {
    List<String> sensitive = new ArrayList<>();
    for (AccessNeed n : AccessNeed.values()) {
      sensitive.add(n.name().toLowerCase(Locale.ROOT));
      sensitive.add(n.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
    for (SeldomHeardGroup g : SeldomHeardGroup.values()) {
      sensitive.add(g.name().toLowerCase(Locale.ROOT));
      sensitive.add(g.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
    qt().withExamples(400)
        .forAll(RecordGenerators.initiatives(), settings())
        .checkAssert(
            (i, s) -> {
              for (RecordAnswer a : RecordChecks.answer(i, s)) {
                String text = a.toString().toLowerCase(Locale.ROOT);
                for (String word : sensitive) {
                  assertFalse(text.contains(word), a.itemId() + " mentions " + word);
                }
              }
            });
  }

  @Test
  void withoutMeetingsNoMeetingCheckAnswersYes() {
    Set<String> meetingChecks =
        Set.of(
            RecordChecks.NOTICE_GIVEN,
            RecordChecks.EXPENSES_AND_FEES,
            RecordChecks.CONVENIENT_TIMES,
            RecordChecks.VENUE_ACCESS,
            RecordChecks.ALL_GROUPS_INVITED);
    qt().withExamples(200)
        .forAll(RecordGenerators.initiatives(), settings())
        .checkAssert(
            (i, s) -> {
              Initiative none =
                  RecordFixtures.edit(
                      RecordFixtures.suggestions(i, x -> x.meetingId(Optional.empty())),
                      b -> b.meetings(List.of()));
              for (RecordAnswer a : RecordChecks.answer(none, s)) {
                if (meetingChecks.contains(a.itemId())) {
                  assertEquals(Answer.NOT_APPLICABLE, a.answer(), a.itemId());
                }
              }
            });
  }

  @Test
  void theEntryPointAnswersEachItemAsItsOwnFunctionDoes() {
    qt().withExamples(100)
        .forAll(RecordGenerators.initiatives(), settings())
        .checkAssert(
            (i, s) -> {
              List<RecordAnswer> all = RecordChecks.answer(i, s);
              for (int k = 0; k < RecordChecks.ITEM_IDS.size(); k++) {
                assertEquals(
                    RecordChecks.answerItem(RecordChecks.ITEM_IDS.get(k), i, s).orElseThrow(),
                    all.get(k));
              }
            });
  }

  /** The interest groups no one invited to or present at a meeting speaks for. */
  private static Set<InterestGroup> missingAt(Initiative i, Meeting m) {
    Set<InterestGroup> missing = EnumSet.allOf(InterestGroup.class);
    m.invited().forEach(id -> missing.remove(i.participant(id).orElseThrow().interestGroup()));
    m.attended().forEach(id -> missing.remove(i.participant(id).orElseThrow().interestGroup()));
    return missing;
  }

  /**
   * A new invitee who speaks for a group. They state no times (so they cannot count against a
   * meeting's times) and are invited, not recorded as present; they have no access needs, since
   * inviting someone the venue shuts out is a failure of its own ({@code venue-access} judges
   * invitees too).
   */
  private static Participant newcomer(InterestGroup g, RandomnessSource in) {
    Role role = RecordGenerators.usualRole(g);
    return Participant.builder()
        .id("newcomer")
        .addRoles(role)
        .interestGroup(g)
        .livedExperience(role.isPersonWithLivedExperienceSide())
        .seldomHeardGroups(EnumSet.of(enumValues(SeldomHeardGroup.class).generate(in)))
        .build();
  }

  private static boolean exists(Initiative i, Evidence e) {
    switch (e.kind()) {
      case MEETING:
        return i.meeting(e.ref()).isPresent();
      case SUGGESTION:
        return i.suggestion(e.ref()).isPresent();
      case DECISION:
        return i.decision(e.ref()).isPresent();
      case STAGE:
        return i.stagePlan(Stage.valueOf(e.ref())).isPresent();
      case INTEREST_GROUP:
        return EnumSet.allOf(InterestGroup.class).contains(InterestGroup.valueOf(e.ref()));
      case PARTICIPANT:
        return i.participant(e.ref()).isPresent();
      case BODY:
        return i.body(e.ref()).isPresent();
      default:
        return false;
    }
  }
}
