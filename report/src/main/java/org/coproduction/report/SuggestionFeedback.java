package org.coproduction.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.initiative.Outcome;
import org.coproduction.core.initiative.OutcomeReason;
import org.coproduction.core.initiative.Suggestion;
import org.coproduction.core.internal.Checks;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Participant;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One line of "You said, we did, or why not": a suggestion of the round, the interest group it came
 * from, what became of it and why, and whether and when people were told. It can be handed to the
 * people who made the suggestions, so it never names a person: only their interest group, and not
 * even that when fewer than k people speak for the group in the initiative (k is the scoring
 * settings' {@code minimumGroupSize}, 3 unless set), the disclosure rule the rest of the report
 * follows. Source: "The Co-production Police and accountability", Kevin Minier, SCIE Co-production
 * Festival blog, 16 June 2016 (consulted and never heard of again).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSuggestionFeedback.class)
@JsonDeserialize(as = ImmutableSuggestionFeedback.class)
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class SuggestionFeedback {
  SuggestionFeedback() {}

  /**
   * The suggestion, by its id in the records.
   *
   * @return the id
   */
  @JsonProperty("suggestionId")
  public abstract String suggestionId();

  /**
   * What was suggested, in the record's own few words.
   *
   * @return the summary
   */
  @JsonProperty("summary")
  public abstract String summary();

  /**
   * When it was suggested.
   *
   * @return the date
   */
  @JsonProperty("raisedOn")
  public abstract LocalDate raisedOn();

  /**
   * The interest group of the person who suggested it.
   *
   * @return the group, or empty when too few people speak for it to name it safely
   */
  @JsonProperty("interestGroup")
  public abstract Optional<InterestGroup> interestGroup();

  /**
   * What became of it.
   *
   * @return the outcome
   */
  @JsonProperty("outcome")
  public abstract Outcome outcome();

  /**
   * The kind of reason, as {@link Suggestion#outcomeReason()} reads it.
   *
   * @return the kind, or empty for a rejection whose kind the record does not say
   */
  @JsonProperty("outcomeReason")
  public abstract Optional<OutcomeReason> outcomeReason();

  /**
   * The reason in the record's own words.
   *
   * @return the reason, or empty when none was written
   */
  @JsonProperty("reason")
  public abstract Optional<String> reason();

  /**
   * Whether the people who suggested it were told what became of it.
   *
   * @return true when they were told
   */
  @JsonProperty("told")
  public abstract boolean told();

  /**
   * The day they were told, when the record says.
   *
   * @return the date, or empty
   */
  @JsonProperty("toldOn")
  public abstract Optional<LocalDate> toldOn();

  /**
   * The lines for every suggestion in some records, in the order they were raised.
   *
   * @param records the records of the round (or the whole history)
   * @param minimumGroupSize k: the fewest people who must speak for a group for it to be named
   * @return one line per suggestion
   */
  public static List<SuggestionFeedback> of(Initiative records, int minimumGroupSize) {
    Map<InterestGroup, Integer> groupSizes = new EnumMap<>(InterestGroup.class);
    for (Participant p : records.participants()) {
      groupSizes.merge(p.interestGroup(), 1, Integer::sum);
    }
    return records.suggestions().stream()
        .sorted(Comparator.comparing(Suggestion::raisedOn).thenComparing(Suggestion::id))
        .map(
            s -> {
              InterestGroup group = records.participant(s.raisedBy()).orElseThrow().interestGroup();
              return ImmutableSuggestionFeedback.builder()
                  .suggestionId(s.id())
                  .summary(s.summary())
                  .raisedOn(s.raisedOn())
                  .interestGroup(
                      groupSizes.get(group) >= minimumGroupSize
                          ? Optional.of(group)
                          : Optional.empty())
                  .outcome(s.outcome())
                  .outcomeReason(s.outcomeReason())
                  .reason(s.reason())
                  .told(s.fedBack())
                  .toldOn(s.toldOn())
                  .build();
            })
        .collect(Collectors.toUnmodifiableList());
  }

  @Value.Check
  void check() {
    Checks.id("suggestionId", suggestionId());
    Checks.notBlank("summary", summary());
    reason().ifPresent(r -> Checks.notBlank("reason", r));
  }
}
