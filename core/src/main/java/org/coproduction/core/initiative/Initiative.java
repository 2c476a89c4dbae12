package org.coproduction.core.initiative;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Document;
import org.coproduction.core.DocumentType;
import org.coproduction.core.internal.Checks;
import org.coproduction.core.people.Asset;
import org.coproduction.core.people.AssetMap;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Participant;
import org.coproduction.core.people.Role;
import org.coproduction.core.practice.Stage;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A piece of work that sets out to be co-produced, with its own records: who takes part, its
 * bodies, how far up the ladder each stage goes, its meetings, the suggestions made and what became
 * of them, its decisions, its review rounds and the assets people bring.
 *
 * <p>This is the evidence a checklist reads for the practices that can be checked from records, and
 * the list of people whose scores are compared by role and interest group. Every id is unique
 * within its list and every reference names a known id, so a checklist never has to guess. Sources:
 * "The Co-production Police and accountability", Kevin Minier, SCIE Co-production Festival blog, 16
 * June 2016; "Which rung on the ladder of co-production are you on?", Kate Sibthorp, SCIE
 * Co-production Week blog, 3 July 2018; "Nothing about us without us", Anne Collis, SCIE
 * Co-production Week blog, 23 May 2017.
 */
@Value.Immutable
@DocumentType(name = "initiative", schemaVersion = 1)
@JsonSerialize(as = ImmutableInitiative.class)
@JsonDeserialize(as = ImmutableInitiative.class)
@API(status = STABLE, since = "0.1")
public abstract class Initiative implements Document {
  Initiative() {}

  private static final Comparator<Meeting> MEETING_ORDER =
      Comparator.comparing(Meeting::date).thenComparing(Meeting::start).thenComparing(Meeting::id);

  /**
   * A stable id that checklist responses and results refer to.
   *
   * @return the id
   */
  @JsonProperty("id")
  public abstract String id();

  /**
   * The name people know the initiative by.
   *
   * @return the name, never blank
   */
  @JsonProperty("name")
  public abstract String name();

  /**
   * What the initiative is for, in plain words.
   *
   * @return the purpose, never blank
   */
  @JsonProperty("purpose")
  public abstract String purpose();

  /**
   * Everyone taking part.
   *
   * @return the participants, with distinct ids
   */
  @JsonProperty("participants")
  public abstract List<Participant> participants();

  /**
   * The initiative's standing groups, such as a steering group or board.
   *
   * @return the bodies, with distinct ids
   */
  @JsonProperty("bodies")
  public abstract List<Body> bodies();

  /**
   * How far up the ladder each stage of the work goes.
   *
   * @return at most one plan per stage
   */
  @JsonProperty("stages")
  public abstract List<StagePlan> stages();

  /**
   * The meetings, in the order recorded.
   *
   * @return the meetings, with distinct ids
   * @see #meetingsInDateOrder()
   */
  @JsonProperty("meetings")
  public abstract List<Meeting> meetings();

  /**
   * The suggestions participants made.
   *
   * @return the suggestions, with distinct ids
   */
  @JsonProperty("suggestions")
  public abstract List<Suggestion> suggestions();

  /**
   * The decisions taken.
   *
   * @return the decisions, with distinct ids
   */
  @JsonProperty("decisions")
  public abstract List<Decision> decisions();

  /**
   * The rounds in which the initiative was reviewed together.
   *
   * @return the rounds, with distinct ids
   */
  @JsonProperty("reviewRounds")
  public abstract List<ReviewRound> reviewRounds();

  /**
   * What participants bring: skills, knowledge, lived experience, time, networks and resources.
   *
   * @return the assets, each held by a participant
   * @see #assetMap()
   */
  @JsonProperty("assets")
  public abstract List<Asset> assets();

  // Queries

  /**
   * Looks up a participant.
   *
   * @param participantId a participant id
   * @return the participant, or empty when no participant has that id
   */
  public Optional<Participant> participant(String participantId) {
    return find(participants(), Participant::id, participantId);
  }

  /**
   * The ids of everyone taking part.
   *
   * @return participant ids in the order recorded
   */
  public Set<String> participantIds() {
    return idSet(participants(), Participant::id);
  }

  /**
   * Everyone who holds a role.
   *
   * @param role the role
   * @return the participants in the order recorded
   */
  public List<Participant> participantsWithRole(Role role) {
    return filter(participants(), p -> p.hasRole(role));
  }

  /**
   * Everyone who speaks for an interest group.
   *
   * @param group the group
   * @return the participants in the order recorded
   */
  public List<Participant> participantsSpeakingFor(InterestGroup group) {
    return filter(participants(), p -> p.interestGroup() == group);
  }

  /**
   * The interest groups that have at least one participant speaking for them.
   *
   * @return the groups present, in the order of {@link InterestGroup}
   */
  public Set<InterestGroup> interestGroupsPresent() {
    Set<InterestGroup> present = EnumSet.noneOf(InterestGroup.class);
    participants().forEach(p -> present.add(p.interestGroup()));
    return Collections.unmodifiableSet(present);
  }

  /**
   * The interest groups with no participant speaking for them: the part of "all of us" that is
   * missing. Source: "Nothing about us without us", Anne Collis, SCIE Co-production Week blog, 23
   * May 2017.
   *
   * @return the groups missing, in the order of {@link InterestGroup}; empty when all five are
   *     present
   */
  public Set<InterestGroup> interestGroupsMissing() {
    Set<InterestGroup> missing = EnumSet.allOf(InterestGroup.class);
    missing.removeAll(interestGroupsPresent());
    return Collections.unmodifiableSet(missing);
  }

  /**
   * Looks up a body.
   *
   * @param bodyId a body id
   * @return the body, or empty when no body has that id
   */
  public Optional<Body> body(String bodyId) {
    return find(bodies(), Body::id, bodyId);
  }

  /**
   * The plan for one stage of the work.
   *
   * @param stage the stage
   * @return the plan, or empty when the initiative has declared nothing for that stage
   */
  public Optional<StagePlan> stagePlan(Stage stage) {
    return find(stages(), StagePlan::stage, stage);
  }

  /**
   * Looks up a meeting.
   *
   * @param meetingId a meeting id
   * @return the meeting, or empty when no meeting has that id
   */
  public Optional<Meeting> meeting(String meetingId) {
    return find(meetings(), Meeting::id, meetingId);
  }

  /**
   * The meetings from first to last.
   *
   * @return the meetings ordered by date, then start time, then id
   */
  public List<Meeting> meetingsInDateOrder() {
    return meetings().stream().sorted(MEETING_ORDER).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The meetings that belong to one stage of the work.
   *
   * @param stage the stage
   * @return those meetings in date order
   */
  public List<Meeting> meetingsFor(Stage stage) {
    return filter(meetingsInDateOrder(), m -> m.stage().equals(Optional.of(stage)));
  }

  /**
   * The meetings one participant came to.
   *
   * @param participantId a participant id
   * @return those meetings in date order
   */
  public List<Meeting> meetingsAttendedBy(String participantId) {
    return filter(meetingsInDateOrder(), m -> m.wasAttendedBy(participantId));
  }

  /**
   * The day of the first meeting, for comparing with when people who use services and carers were
   * first involved.
   *
   * @return the earliest meeting date, or empty when there are no meetings
   */
  public Optional<LocalDate> firstMeetingDate() {
    return meetings().stream().map(Meeting::date).min(Comparator.naturalOrder());
  }

  /**
   * Looks up a suggestion.
   *
   * @param suggestionId a suggestion id
   * @return the suggestion, or empty when no suggestion has that id
   */
  public Optional<Suggestion> suggestion(String suggestionId) {
    return find(suggestions(), Suggestion::id, suggestionId);
  }

  /**
   * The suggestions one participant made.
   *
   * @param participantId a participant id
   * @return those suggestions in the order recorded
   */
  public List<Suggestion> suggestionsBy(String participantId) {
    return filter(suggestions(), s -> s.raisedBy().equals(participantId));
  }

  /**
   * The suggestions with one outcome, such as every rejected suggestion.
   *
   * @param outcome the outcome
   * @return those suggestions in the order recorded
   */
  public List<Suggestion> suggestionsWithOutcome(Outcome outcome) {
    return filter(suggestions(), s -> s.outcome() == outcome);
  }

  /**
   * Looks up a decision.
   *
   * @param decisionId a decision id
   * @return the decision, or empty when no decision has that id
   */
  public Optional<Decision> decision(String decisionId) {
    return find(decisions(), Decision::id, decisionId);
  }

  /**
   * The decisions that belong to one stage of the work.
   *
   * @param stage the stage
   * @return those decisions in the order recorded
   */
  public List<Decision> decisionsFor(Stage stage) {
    return filter(decisions(), d -> d.stage().equals(Optional.of(stage)));
  }

  /**
   * Looks up a review round.
   *
   * @param reviewRoundId a review round id
   * @return the round, or empty when no round has that id
   */
  public Optional<ReviewRound> reviewRound(String reviewRoundId) {
    return find(reviewRounds(), ReviewRound::id, reviewRoundId);
  }

  /**
   * The review rounds from first to last.
   *
   * @return the rounds ordered by date, then id
   */
  public List<ReviewRound> reviewRoundsInDateOrder() {
    return reviewRounds().stream()
        .sorted(Comparator.comparing(ReviewRound::date).thenComparing(ReviewRound::id))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The participants' assets, with lookups by person and by kind.
   *
   * @return the asset map
   */
  public AssetMap assetMap() {
    return AssetMap.of(assets());
  }

  /**
   * Starts a new initiative.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Initiative}; {@code build()} checks the invariants. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableInitiative.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    Checks.notBlank("name", name());
    Checks.notBlank("purpose", purpose());

    Checks.uniqueIds("participants", "id", participants(), Participant::id);
    Checks.uniqueIds("bodies", "id", bodies(), Body::id);
    Checks.uniqueIds("meetings", "id", meetings(), Meeting::id);
    Checks.uniqueIds("suggestions", "id", suggestions(), Suggestion::id);
    Checks.uniqueIds("decisions", "id", decisions(), Decision::id);
    Checks.uniqueIds("reviewRounds", "id", reviewRounds(), ReviewRound::id);
    checkOnePlanPerStage();

    Set<String> people = participantIds();
    Set<String> bodyIds = idSet(bodies(), Body::id);
    Set<String> meetingIds = idSet(meetings(), Meeting::id);
    for (int i = 0; i < bodies().size(); i++) {
      Checks.allReferTo(
          at("bodies", i, "members"), bodies().get(i).members(), people, "participant");
    }
    for (int i = 0; i < meetings().size(); i++) {
      Meeting m = meetings().get(i);
      String bodyPath = at("meetings", i, "bodyId");
      m.bodyId().ifPresent(b -> Checks.refersTo(bodyPath, b, bodyIds, "body"));
      Checks.allReferTo(at("meetings", i, "invited"), m.invited(), people, "participant");
      Checks.allReferTo(at("meetings", i, "attended"), m.attended(), people, "participant");
    }
    for (int i = 0; i < suggestions().size(); i++) {
      Suggestion s = suggestions().get(i);
      Checks.refersTo(at("suggestions", i, "raisedBy"), s.raisedBy(), people, "participant");
      String meetingPath = at("suggestions", i, "meetingId");
      s.meetingId().ifPresent(m -> Checks.refersTo(meetingPath, m, meetingIds, "meeting"));
    }
    for (int i = 0; i < decisions().size(); i++) {
      Decision d = decisions().get(i);
      Checks.allReferTo(at("decisions", i, "decidedBy"), d.decidedBy(), people, "participant");
      String bodyPath = at("decisions", i, "bodyId");
      d.bodyId().ifPresent(b -> Checks.refersTo(bodyPath, b, bodyIds, "body"));
    }
    for (int i = 0; i < reviewRounds().size(); i++) {
      ReviewRound r = reviewRounds().get(i);
      Checks.allReferTo(
          at("reviewRounds", i, "coversMeetings"), r.coversMeetings(), meetingIds, "meeting");
      Checks.allReferTo(
          at("reviewRounds", i, "coversSuggestions"),
          r.coversSuggestions(),
          idSet(suggestions(), Suggestion::id),
          "suggestion");
      Checks.allReferTo(
          at("reviewRounds", i, "coversDecisions"),
          r.coversDecisions(),
          idSet(decisions(), Decision::id),
          "decision");
    }
    for (int i = 0; i < assets().size(); i++) {
      Checks.refersTo(at("assets", i, "holder"), assets().get(i).holder(), people, "participant");
    }
  }

  private void checkOnePlanPerStage() {
    Map<Stage, Integer> seen = new EnumMap<>(Stage.class);
    for (int i = 0; i < stages().size(); i++) {
      Stage stage = stages().get(i).stage();
      Integer first = seen.putIfAbsent(stage, i);
      if (first != null) {
        throw CoProductionException.at(
            at("stages", i, "stage"),
            "there is already a plan for " + stage + " at index " + first + " of this list");
      }
    }
  }

  private static String at(String list, int index, String field) {
    return list + "[" + index + "]." + field;
  }

  private static <T, K> Optional<T> find(List<T> items, Function<T, K> key, K wanted) {
    return items.stream().filter(x -> key.apply(x).equals(wanted)).findFirst();
  }

  private static <T> List<T> filter(List<T> items, Predicate<T> keep) {
    return items.stream().filter(keep).collect(Collectors.toUnmodifiableList());
  }

  private static <T> Set<String> idSet(List<T> items, Function<T, String> id) {
    Set<String> ids = new LinkedHashSet<>();
    items.forEach(x -> ids.add(id.apply(x)));
    return Collections.unmodifiableSet(ids);
  }
}
