package org.coproduction.core.initiative;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;

/**
 * The records one review round covers, so that record-based checks judge each round on what
 * happened in it: the rule is on {@link ReviewRound}. Who takes part, the bodies, the stage plans
 * and the assets belong to the whole initiative and are kept as they are; the meetings, suggestions
 * and decisions are narrowed to the round's. A suggestion kept whose meeting is not covered keeps
 * its words but loses the link to that meeting, and the rounds keep their dates but not the lists
 * of records they name.
 *
 * <p>Also says on which day the records are judged ({@link #asOf}): the round's date for a round,
 * and the day of the latest record for the whole history, so that "still pending after so many
 * days" has a fixed end. Pure functions, safe from many threads. Where to go next: {@code
 * RecordChecks.answerRound} in the checklist module.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RoundRecords {
  private RoundRecords() {}

  /**
   * The initiative narrowed to the records one round covers.
   *
   * @param initiative the whole record
   * @param reviewRoundId one of its review rounds
   * @return an initiative with only that round's meetings, suggestions and decisions
   * @throws CoProductionException when the initiative has no round with that id
   */
  public static Initiative of(Initiative initiative, String reviewRoundId) {
    ReviewRound round = round(initiative, reviewRoundId);
    Set<String> meetings;
    Set<String> suggestions;
    Set<String> decisions;
    if (round.namesItsRecords()) {
      meetings = Set.copyOf(round.coversMeetings());
      suggestions = Set.copyOf(round.coversSuggestions());
      decisions = Set.copyOf(round.coversDecisions());
    } else {
      LocalDate from = firstDay(initiative, round);
      LocalDate to = round.date();
      meetings =
          ids(initiative.meetings().stream().filter(m -> within(m.date(), from, to)), Meeting::id);
      suggestions =
          ids(
              initiative.suggestions().stream()
                  .filter(s -> within(suggestionDay(initiative, s), from, to)),
              Suggestion::id);
      decisions =
          ids(
              initiative.decisions().stream().filter(d -> within(d.decidedOn(), from, to)),
              Decision::id);
    }
    List<Suggestion> kept =
        initiative.suggestions().stream()
            .filter(s -> suggestions.contains(s.id()))
            .map(s -> unlinkOutside(s, meetings))
            .collect(Collectors.toUnmodifiableList());
    return Initiative.builder()
        .from(initiative)
        .meetings(filter(initiative.meetings(), m -> meetings.contains(m.id())))
        .suggestions(kept)
        .decisions(filter(initiative.decisions(), d -> decisions.contains(d.id())))
        .reviewRounds(
            initiative.reviewRounds().stream()
                .map(RoundRecords::withoutNamedRecords)
                .collect(Collectors.toUnmodifiableList()))
        .build();
  }

  /**
   * The day a round's records are judged on, for rules such as "pending for more than so many
   * days": the round's own date.
   *
   * @param initiative the whole record
   * @param reviewRoundId one of its review rounds
   * @return the round's date
   * @throws CoProductionException when the initiative has no round with that id
   */
  public static LocalDate asOf(Initiative initiative, String reviewRoundId) {
    return round(initiative, reviewRoundId).date();
  }

  /**
   * The day the whole history is judged on: the latest day any meeting, suggestion, feedback,
   * decision or review round is dated, so the answer does not change with the day it is run.
   *
   * @param initiative the whole record
   * @return that day, or empty when the records hold no date at all
   */
  public static Optional<LocalDate> asOf(Initiative initiative) {
    return Stream.of(
            initiative.meetings().stream().map(Meeting::date),
            initiative.suggestions().stream().map(Suggestion::raisedOn),
            initiative.suggestions().stream().flatMap(s -> s.toldOn().stream()),
            initiative.decisions().stream().map(Decision::decidedOn),
            initiative.reviewRounds().stream().map(ReviewRound::date))
        .flatMap(s -> s)
        .max(LocalDate::compareTo);
  }

  private static ReviewRound round(Initiative initiative, String reviewRoundId) {
    Objects.requireNonNull(reviewRoundId, "reviewRoundId");
    return initiative
        .reviewRound(reviewRoundId)
        .orElseThrow(
            () ->
                CoProductionException.at(
                    "reviewRoundId", "no review round with id '" + reviewRoundId + "'"));
  }

  private static LocalDate firstDay(Initiative initiative, ReviewRound round) {
    if (round.coversFrom().isPresent()) {
      return round.coversFrom().get();
    }
    LocalDate from = LocalDate.MIN;
    for (ReviewRound r : initiative.reviewRoundsInDateOrder()) {
      if (r.id().equals(round.id())) {
        break;
      }
      from = r.date().plusDays(1);
    }
    return from;
  }

  private static LocalDate suggestionDay(Initiative initiative, Suggestion s) {
    return s.meetingId().flatMap(initiative::meeting).map(Meeting::date).orElse(s.raisedOn());
  }

  private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  private static Suggestion unlinkOutside(Suggestion s, Set<String> meetings) {
    if (s.meetingId().isEmpty() || meetings.contains(s.meetingId().get())) {
      return s;
    }
    return Suggestion.builder().from(s).meetingId(Optional.empty()).build();
  }

  // The narrowed record no longer holds every record a round names.
  private static ReviewRound withoutNamedRecords(ReviewRound r) {
    return ReviewRound.builder()
        .from(r)
        .coversMeetings(List.of())
        .coversSuggestions(List.of())
        .coversDecisions(List.of())
        .build();
  }

  private static <T> Set<String> ids(Stream<T> items, java.util.function.Function<T, String> id) {
    Set<String> ids = new HashSet<>();
    items.forEach(x -> ids.add(id.apply(x)));
    return ids;
  }

  private static <T> List<T> filter(List<T> items, java.util.function.Predicate<T> keep) {
    return items.stream().filter(keep).collect(Collectors.toUnmodifiableList());
  }
}
