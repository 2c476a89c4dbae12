package org.coproduction.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.LadderQuestionnaire;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Document;
import org.coproduction.core.DocumentType;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.initiative.ReviewRound;
import org.coproduction.core.internal.Checks;
import org.coproduction.core.ledger.ReciprocityLedger;
import org.coproduction.core.people.Participant;
import org.coproduction.core.principle.PrincipleFramework;
import org.coproduction.report.actions.ActionPlan;
import org.coproduction.report.actions.Owner;
import org.coproduction.report.actions.PlannedAction;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One case to score, in one file: an initiative's records, its reciprocity ledger, the checklist
 * its people answered and everybody's answers. This is what the {@code evaluate} command reads and
 * what the bundled worked examples are written in.
 *
 * <p>Keeping the pieces together lets the file check that they belong together: every set of
 * answers is about this initiative, answers the checklist in use, and names only review rounds and
 * participants the initiative has; the ledger is this initiative's and names only its participants.
 * The "co-production police" asked for exactly this: a checklist that everybody involved scores,
 * read beside the records, so the provider sees how well its process works. Source: "The
 * Co-production Police and accountability", Kevin Minier, SCIE Co-production Festival blog, 16 June
 * 2016.
 *
 * <p>The initiative, the ledger, the checklist and the response sets are documents in their own
 * right; inside an evaluation they are written inline, without their own {@code schemaVersion}.
 */
@Value.Immutable
@DocumentType(name = "evaluation", schemaVersion = 1)
@JsonSerialize(as = ImmutableEvaluation.class)
@JsonDeserialize(as = ImmutableEvaluation.class)
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class Evaluation implements Document {
  Evaluation() {}

  /**
   * A stable id for the case, such as the name of a bundled example.
   *
   * @return the id
   */
  @JsonProperty("id")
  public abstract String id();

  /**
   * The title a report shows.
   *
   * @return the title, never blank
   */
  @JsonProperty("title")
  public abstract String title();

  /**
   * A few plain sentences saying what the case is and why it is being scored.
   *
   * @return the description, never blank
   */
  @JsonProperty("description")
  public abstract String description();

  /**
   * The checklist the raters answered, when it is not the built-in one.
   *
   * @return the checklist, or empty for {@link BuiltInChecklist#get()}
   * @see #checklistInUse()
   */
  @JsonProperty("checklist")
  public abstract Optional<Checklist> checklist();

  /**
   * Principle frameworks of the user's own that the checklist maps its items to, written inline.
   * The built-in frameworks ({@code guide}, {@code duneane}, {@code pathway}) need no entry; a
   * framework of one's own does, so that every report shows its principles by name and a principle
   * id that names no principle is refused.
   *
   * @return frameworks with distinct ids, none of them a built-in framework's id; may be empty
   */
  // Left out of the file when empty, so files written before frameworks existed stay as they are.
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("frameworks")
  public abstract List<PrincipleFramework> frameworks();

  /**
   * The initiative being scored, with its records: people, meetings, suggestions, decisions, stages
   * and review rounds.
   *
   * @return the initiative
   */
  @JsonProperty("initiative")
  public abstract Initiative initiative();

  /**
   * What people put in and got back, for judging reciprocity from the records.
   *
   * @return the ledger, or empty when none was kept
   */
  @JsonProperty("ledger")
  public abstract Optional<ReciprocityLedger> ledger();

  /**
   * Everybody's answers to the checklist, one set per rater and review round.
   *
   * @return the response sets, with distinct ids; may be empty when only the records are scored
   */
  @JsonProperty("responses")
  public abstract List<ResponseSet> responses();

  /**
   * Everybody's answers to the ladder questionnaire ({@link LadderQuestionnaire}): for each stage
   * of the work, the rung that describes what happened. The report sets the rung people chose
   * beside the rung the initiative declares and the rung its records support.
   *
   * @return the response sets to the ladder questionnaire, with distinct ids; may be empty (and is
   *     then left out of the file)
   */
  // Left out of the file when empty, so files written before the questionnaire stay as they are.
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("ladderResponses")
  public abstract List<ResponseSet> ladderResponses();

  /**
   * Further instruments the same initiative was assessed with, each with everybody's answers to it:
   * for example the recommendations self-assessment answered by the same people. With one or more,
   * the report sets every instrument's results side by side per principle (a crosswalk).
   *
   * @return the other instruments, each on a checklist of its own; may be empty (and is then left
   *     out of the file)
   */
  // Left out of the file when empty, so files written before the crosswalk stay as they are.
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("otherInstruments")
  public abstract List<Instrument> otherInstruments();

  /**
   * The principle framework the crosswalk sets the instruments side by side on, such as {@code
   * guide}: built in or one of {@link #frameworks()}, and mapped to by at least one instrument.
   *
   * @return the framework's id, or empty for the first framework of the checklist (or, if it maps
   *     to none, of the first other instrument that does)
   */
  @JsonProperty("crosswalkFramework")
  public abstract Optional<String> crosswalkFramework();

  /**
   * What the organisation said it would do about an earlier round's red flags, so that the report
   * of a later round can say how it went ({@link org.coproduction.report.actions.ActionReview}).
   *
   * @return the plan, or empty when none was made
   */
  @JsonProperty("actionPlan")
  public abstract Optional<ActionPlan> actionPlan();

  /**
   * The checklist the answers are to: the one given, or else the built-in one.
   *
   * @return the checklist in use
   */
  public Checklist checklistInUse() {
    return checklist().orElseGet(BuiltInChecklist::get);
  }

  /**
   * The answers given in one review round.
   *
   * @param reviewRoundId a review round id of the initiative
   * @return the response sets naming that round, in the order recorded
   */
  public List<ResponseSet> responsesInRound(String reviewRoundId) {
    return responses().stream()
        .filter(r -> r.reviewRoundId().equals(Optional.of(reviewRoundId)))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Starts a new evaluation.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Evaluation}; {@code build()} checks the invariants. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableEvaluation.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    Checks.notBlank("title", title());
    Checks.notBlank("description", description());
    Checks.uniqueIds("responses", "id", responses(), ResponseSet::id);

    Initiative initiative = initiative();
    Checklist checklist = checklistInUse();
    OwnFrameworks.check(frameworks(), checklist, checklist().isPresent() ? "checklist" : "");
    Set<String> people = initiative.participantIds();
    Set<String> rounds =
        initiative.reviewRounds().stream().map(ReviewRound::id).collect(Collectors.toSet());
    checkAnswers("responses", responses(), checklist, people, rounds);
    Checks.uniqueIds("ladderResponses", "id", ladderResponses(), ResponseSet::id);
    checkAnswers("ladderResponses", ladderResponses(), LadderQuestionnaire.get(), people, rounds);
    for (int i = 0; i < otherInstruments().size(); i++) {
      String at = "otherInstruments[" + i + "].responses";
      Instrument other = otherInstruments().get(i);
      Checks.uniqueIds(at, "id", other.responses(), ResponseSet::id);
      checkAnswers(at, other.responses(), other.checklistInUse(), people, rounds);
    }
    OtherInstruments.check(this);

    if (ledger().isPresent()) {
      ReciprocityLedger ledger = ledger().get();
      if (!ledger.initiativeId().equals(initiative.id())) {
        throw CoProductionException.at(
            "ledger.initiativeId",
            "this ledger is for initiative '"
                + ledger.initiativeId()
                + "', not '"
                + initiative.id()
                + "'");
      }
      try {
        ledger.checkParticipantsAgainst(people);
      } catch (CoProductionException e) {
        throw e.within("ledger");
      }
    }
    actionPlan().ifPresent(plan -> checkPlanBelongs(plan, initiative, rounds));
  }

  /**
   * Every set of answers is about this initiative, answers the given checklist, and names only
   * review rounds and participants the initiative has; a named rater answers once per round.
   */
  private void checkAnswers(
      String field,
      List<ResponseSet> answers,
      Checklist checklist,
      Set<String> people,
      Set<String> rounds) {
    // A named rater answers once per round; the key is participant id and round id.
    Map<List<String>, Integer> answered = new HashMap<>();
    for (int i = 0; i < answers.size(); i++) {
      String at = field + "[" + i + "]";
      ResponseSet r = answers.get(i);
      if (!r.initiativeId().equals(initiative().id())) {
        throw CoProductionException.at(
            at + ".initiativeId",
            "these answers are about initiative '"
                + r.initiativeId()
                + "', not '"
                + initiative().id()
                + "'");
      }
      try {
        r.validateAgainst(checklist);
      } catch (CoProductionException e) {
        throw e.within(at);
      }
      if (r.reviewRoundId().isPresent()) {
        Checks.refersTo(at + ".reviewRoundId", r.reviewRoundId().get(), rounds, "review round");
      }
      if (r.participantId().isPresent()) {
        String who = r.participantId().get();
        Checks.refersTo(at + ".participantId", who, people, "participant");
        checkRaterMatches(at, r, initiative().participant(who).orElseThrow());
        Integer first = answered.putIfAbsent(List.of(who, r.reviewRoundId().orElse("")), i);
        if (first != null) {
          throw CoProductionException.at(
              at + ".participantId",
              "participant '"
                  + who
                  + "' already answered"
                  + r.reviewRoundId().map(x -> " in review round '" + x + "'").orElse("")
                  + " at "
                  + field
                  + "["
                  + first
                  + "]");
        }
      }
    }
  }

  /** The plan answers this evaluation, and names only its review rounds and bodies. */
  private void checkPlanBelongs(ActionPlan plan, Initiative initiative, Set<String> rounds) {
    if (!plan.evaluationId().equals(id())) {
      throw CoProductionException.at(
          "actionPlan.evaluationId",
          "this plan answers evaluation '" + plan.evaluationId() + "', not '" + id() + "'");
    }
    plan.reviewRoundId()
        .ifPresent(r -> Checks.refersTo("actionPlan.reviewRoundId", r, rounds, "review round"));
    Set<String> bodies = initiative.bodies().stream().map(b -> b.id()).collect(Collectors.toSet());
    for (int i = 0; i < plan.actions().size(); i++) {
      String at = "actionPlan.actions[" + i + "]";
      PlannedAction action = plan.actions().get(i);
      Checks.refersTo(at + ".clearByRoundId", action.clearByRoundId(), rounds, "review round");
      Owner owner = action.owner();
      if (owner.bodyId().isPresent()) {
        Checks.refersTo(at + ".owner.bodyId", owner.bodyId().get(), bodies, "body");
      }
    }
  }

  /**
   * A named rater answers in one of their own roles and for their own interest group, so a
   * breakdown by group never counts a person where the initiative's records do not put them.
   */
  private static void checkRaterMatches(String at, ResponseSet r, Participant p) {
    if (!p.hasRole(r.raterRole())) {
      throw CoProductionException.at(
          at + ".raterRole",
          "participant '" + p.id() + "' does not hold the role " + r.raterRole());
    }
    if (p.interestGroup() != r.raterInterestGroup()) {
      throw CoProductionException.at(
          at + ".raterInterestGroup",
          "participant '"
              + p.id()
              + "' speaks for "
              + p.interestGroup()
              + ", not "
              + r.raterInterestGroup());
    }
  }
}
