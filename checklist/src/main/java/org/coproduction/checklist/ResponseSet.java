package org.coproduction.checklist;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Document;
import org.coproduction.core.DocumentType;
import org.coproduction.core.internal.Checks;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Role;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One rater's answers to one checklist version about one initiative. Everybody involved fills one
 * in (people who use services, carers, staff, managers, commissioners), so the organisation sees
 * its process through each group's eyes; people who use services may see tokenism where staff see
 * co-production. Sources: "The Co-production Police and accountability", Kevin Minier, SCIE
 * Co-production Festival blog, 16 June 2016; "Co-production: Practicing what they preach?",
 * Anonymous, SCIE Co-production Festival blog, 28 June 2016.
 *
 * <p>A rater may stay anonymous: {@link #participantId()} is optional, while the rater's role and
 * interest group are always given so answers can be compared between groups. The response set
 * checks itself when built; whether its items belong to the checklist it names needs that
 * checklist, so call {@link #validateAgainst(Checklist)} before scoring.
 */
@Value.Immutable
@DocumentType(name = "response set", schemaVersion = 1)
@JsonSerialize(as = ImmutableResponseSet.class)
@JsonDeserialize(as = ImmutableResponseSet.class)
@API(status = STABLE, since = "0.1")
public abstract class ResponseSet implements Document {

  ResponseSet() {}

  /**
   * A stable id for this set of answers.
   *
   * @return the id
   */
  @JsonProperty("id")
  public abstract String id();

  /**
   * The checklist version answered. Answers to different versions are never pooled.
   *
   * @return the checklist's id and version
   */
  @JsonProperty("checklist")
  public abstract ChecklistRef checklist();

  /**
   * The initiative the answers are about.
   *
   * @return the initiative's id
   */
  @JsonProperty("initiativeId")
  public abstract String initiativeId();

  /**
   * The review round the answers belong to, when an initiative is rated more than once, so change
   * can be followed from round to round.
   *
   * @return the round's id, or empty
   */
  @JsonProperty("reviewRoundId")
  public abstract Optional<String> reviewRoundId();

  /**
   * The rater's main role in the initiative, so answers can be compared between people who use
   * services and carers on one side and staff, managers and commissioners on the other.
   *
   * @return the role the rater answered in
   */
  @JsonProperty("raterRole")
  public abstract Role raterRole();

  /**
   * Which of the five interest groups the rater speaks for ("nothing about any of us without all of
   * us", "Nothing about us without us", Anne Collis, SCIE Co-production Week blog, 23 May 2017).
   * Scores are broken down by this group.
   *
   * @return the rater's interest group
   */
  @JsonProperty("raterInterestGroup")
  public abstract InterestGroup raterInterestGroup();

  /**
   * The rater, when they chose to be named. Raters may answer anonymously.
   *
   * @return the participant's pseudonymous id, or empty
   */
  @JsonProperty("participantId")
  public abstract Optional<String> participantId();

  /**
   * The answers, at most one for each item.
   *
   * @return one or more answers
   */
  @JsonProperty("answers")
  public abstract List<ItemResponse> answers();

  /**
   * Checks that these answers fit a checklist: the response set names exactly that checklist
   * version, every answered item is one of its items, and every answer is one of the codes of that
   * item's scale. It need not answer every item.
   *
   * @param checklist the checklist the answers are meant for
   * @throws CoProductionException with the path of the first answer that does not fit, for example
   *     {@code answers[3].itemId: no item 'x' in checklist coproduction-police 1.0}
   */
  public void validateAgainst(Checklist checklist) {
    ChecklistRef target = checklist.ref();
    if (!checklist().id().equals(target.id())) {
      throw CoProductionException.at(
          "checklist.id",
          "these answers are to checklist '" + checklist().id() + "', not '" + target.id() + "'");
    }
    if (!checklist().version().equals(target.version())) {
      throw CoProductionException.at(
          "checklist.version",
          "these answers are to version "
              + checklist().version()
              + " of checklist "
              + target.id()
              + ", not version "
              + target.version());
    }
    for (int i = 0; i < answers().size(); i++) {
      ItemResponse answer = answers().get(i);
      Optional<ChecklistItem> item = checklist.item(answer.itemId());
      if (item.isEmpty()) {
        throw CoProductionException.at(
            "answers[" + i + "].itemId",
            "no item '" + answer.itemId() + "' in checklist " + target);
      }
      AnswerScale scale = checklist.scaleOf(item.get());
      if (scale.option(answer.answerCode()).isEmpty()) {
        throw CoProductionException.at(
            "answers[" + i + "].answer",
            "'"
                + answer.answerCode()
                + "' is not an answer to item '"
                + answer.itemId()
                + "', which is answered on scale '"
                + scale.id()
                + "': "
                + String.join(", ", scale.codes()));
      }
    }
  }

  /**
   * Starts a new response set.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ResponseSet}; {@code build()} checks the invariants. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableResponseSet.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    Checks.id("initiativeId", initiativeId());
    reviewRoundId().ifPresent(r -> Checks.id("reviewRoundId", r));
    participantId().ifPresent(p -> Checks.id("participantId", p));
    if (answers().isEmpty()) {
      throw CoProductionException.at("answers", "a response set needs at least one answer");
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < answers().size(); i++) {
      String itemId = answers().get(i).itemId();
      Integer first = seen.putIfAbsent(itemId, i);
      if (first != null) {
        throw CoProductionException.at(
            "answers[" + i + "].itemId",
            "item '"
                + itemId
                + "' is already answered at index "
                + first
                + " of this list; a rater answers each item once");
      }
    }
  }
}
