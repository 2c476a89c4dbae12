package org.coproduction.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.coproduction.core.initiative.Body;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.initiative.Meeting;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Participant;
import org.junit.jupiter.api.Test;

/**
 * The representation section opens with whether every interest group has a voice. A group whose
 * people are in the records but sit on no body and came to no meeting has none, and the sentence
 * must say so rather than "all five interest groups have someone who speaks for them".
 */
class RepresentationWordingTest {
  private static final String ALL_FIVE =
      "all five interest groups have someone who speaks for them";

  /** The dementia club with one group's people taken off every body and out of every meeting. */
  private static Evaluation withoutAVoice(InterestGroup group) {
    Evaluation club = BundledExamples.load("dementia-club");
    Initiative initiative = club.initiative();
    Set<String> quiet =
        initiative.participants().stream()
            .filter(p -> p.interestGroup() == group)
            .map(Participant::id)
            .collect(Collectors.toSet());
    assertFalse(quiet.isEmpty(), "the club has people from " + group);
    List<Body> bodies =
        initiative.bodies().stream()
            .map(
                b ->
                    Body.builder()
                        .from(b)
                        .members(b.members().stream().filter(id -> !quiet.contains(id)).toList())
                        .build())
            .toList();
    List<Meeting> meetings =
        initiative.meetings().stream()
            .map(
                m ->
                    Meeting.builder()
                        .from(m)
                        .attended(m.attended().stream().filter(id -> !quiet.contains(id)).toList())
                        .build())
            .toList();
    return Evaluation.builder()
        .from(club)
        .initiative(Initiative.builder().from(initiative).bodies(bodies).meetings(meetings).build())
        .build();
  }

  private static String markdown(Evaluation evaluation) {
    return ReportFormat.MARKDOWN.render(
        Evaluator.evaluate(evaluation), evaluation.checklistInUse());
  }

  @Test
  void aGroupOnNoBodyAndAtNoMeetingIsNamedAndAllFiveIsNotSaid() {
    String report = markdown(withoutAVoice(InterestGroup.PEOPLE_WHO_WORK_IN_SERVICES));
    assertFalse(report.contains(ALL_FIVE), report);
    assertTrue(
        report.contains(
            "Nothing about any of us without all of us, but nobody from people who work in"
                + " services sits on a body or came to a meeting, though the records name people"
                + " from that group."),
        report);
  }

  @Test
  void everyGroupOnABodyOrAtAMeetingStillReadsAllFive() {
    assertTrue(markdown(BundledExamples.load("dementia-club")).contains(ALL_FIVE));
  }

  @Test
  void aGroupThatOnlySitsOnABodyHasAVoice() {
    Evaluation club = BundledExamples.load("dementia-club");
    Initiative initiative = club.initiative();
    Set<String> carers =
        initiative.participants().stream()
            .filter(p -> p.interestGroup() == InterestGroup.FAMILY_AND_FRIENDS_WHO_CARE)
            .map(Participant::id)
            .collect(Collectors.toSet());
    boolean onABody =
        initiative.bodies().stream().anyMatch(b -> b.members().stream().anyMatch(carers::contains));
    List<Meeting> meetings =
        initiative.meetings().stream()
            .map(
                m ->
                    Meeting.builder()
                        .from(m)
                        .attended(m.attended().stream().filter(id -> !carers.contains(id)).toList())
                        .build())
            .toList();
    Evaluation noCarersAtMeetings =
        Evaluation.builder()
            .from(club)
            .initiative(Initiative.builder().from(initiative).meetings(meetings).build())
            .build();
    assertTrue(onABody, "a carer sits on the club's committee");
    assertTrue(markdown(noCarersAtMeetings).contains(ALL_FIVE));
  }
}
