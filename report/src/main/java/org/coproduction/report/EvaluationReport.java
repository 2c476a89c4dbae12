package org.coproduction.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.core.Document;
import org.coproduction.core.DocumentType;
import org.coproduction.core.internal.Checks;
import org.coproduction.core.principle.PrincipleFramework;
import org.coproduction.report.actions.ActionReview;
import org.coproduction.scoring.ScoreReport;
import org.coproduction.scoring.crosswalk.CrosswalkReport;
import org.coproduction.scoring.fairness.FairnessReport;
import org.coproduction.scoring.ladder.LadderAssessment;
import org.coproduction.scoring.ladder.StageAnswers;
import org.coproduction.scoring.representation.RepresentationReport;
import org.coproduction.scoring.trend.TrendReport;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Everything the library can say about one {@link org.coproduction.report.Evaluation}, in one
 * document: what the records answer, the scores of each rating round, the trend between the first
 * and last round, the ladder placement of each stage, fairness of reward from the ledger, and who
 * is represented. Every report format of the {@code evaluate} command is drawn from this one value,
 * and its JSON is the {@code --format json} output.
 */
@Value.Immutable
@DocumentType(name = "evaluation report", schemaVersion = 1)
@JsonSerialize(as = ImmutableEvaluationReport.class)
@JsonDeserialize(as = ImmutableEvaluationReport.class)
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class EvaluationReport implements Document {
  EvaluationReport() {}

  /**
   * The evaluation this reports on.
   *
   * @return the evaluation's id
   */
  @JsonProperty("evaluationId")
  public abstract String evaluationId();

  /**
   * The evaluation's title, for headings.
   *
   * @return the title
   */
  @JsonProperty("title")
  public abstract String title();

  /**
   * What the evaluation is about, in plain words.
   *
   * @return the description
   */
  @JsonProperty("description")
  public abstract String description();

  /**
   * What the initiative's own records answer for the record-based items, with evidence, for the
   * latest round scored: that review round's records only, or the whole history when the answers
   * name no round. Each round's own record answers sit on its item scores.
   *
   * @return one answer per record-based item of the checklist in use
   */
  @JsonProperty("recordAnswers")
  public abstract List<RecordAnswer> recordAnswers();

  /**
   * The scores of each rating round, earliest first: one report when the answers name no review
   * round.
   *
   * @return one score report per round, never empty
   */
  @JsonProperty("rounds")
  public abstract List<ScoreReport> rounds();

  /**
   * How things changed from the first round to the last, when there are two rounds or more.
   *
   * @return the trend, or empty with a single round
   */
  @JsonProperty("trend")
  public abstract Optional<TrendReport> trend();

  /**
   * The rung each stage's records support, against the rung the initiative declares.
   *
   * @return the ladder assessment
   */
  @JsonProperty("ladder")
  public abstract LadderAssessment ladder();

  /**
   * The rung people chose for each stage in the ladder questionnaire, from the latest round that
   * answered it (the answers naming no round when no round did), under the same disclosure rule as
   * the scores. Written only when the evaluation has answers to the questionnaire.
   *
   * @return one summary per stage, in stage order; empty when nobody answered the questionnaire
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("ladderAnswers")
  public abstract List<StageAnswers> ladderAnswers();

  /**
   * Who gave what and got what back, when the evaluation has a reciprocity ledger.
   *
   * @return the fairness report, or empty without a ledger
   */
  @JsonProperty("fairness")
  public abstract Optional<FairnessReport> fairness();

  /**
   * Who sits on each body and comes to each meeting, and which groups are missing.
   *
   * @return the representation report
   */
  @JsonProperty("representation")
  public abstract RepresentationReport representation();

  /**
   * What the latest round's raters added in their own words, by item and interest group, without
   * who wrote them; only for groups whose answers to the item count under the disclosure rule (see
   * {@link GroupComments}).
   *
   * @return the comments in checklist order, then group order; empty when nobody commented or
   *     comments are turned off
   */
  @JsonProperty("comments")
  public abstract List<GroupComments> comments();

  /**
   * Whether the report was asked to show raters' comments ({@link ReportSettings#comments()}), so a
   * reader can tell "nobody commented" from "comments were left out on purpose".
   *
   * @return true unless comments were turned off
   */
  @Value.Default
  @JsonProperty("commentsShown")
  public boolean commentsShown() {
    return true;
  }

  /**
   * The principle frameworks of the user's own that the evaluation defines, so that every format
   * names their principles; built-in frameworks are not repeated here.
   *
   * @return the evaluation's own frameworks; empty when it uses built-in ones only
   */
  @JsonProperty("frameworks")
  public abstract List<PrincipleFramework> frameworks();

  /**
   * The evaluation's action plan checked against the latest round: which actions were due and done,
   * and whether their flags cleared.
   *
   * @return the review, or empty when the evaluation has no action plan
   */
  @JsonProperty("actions")
  public abstract Optional<ActionReview> actions();

  /**
   * "You said, we did, or why not": every suggestion in the records of the latest round scored (the
   * whole history when the answers name no round), with its interest group, outcome, reason and
   * whether people were told. Written only when there are suggestions.
   *
   * @return one line per suggestion, in the order raised
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonProperty("youSaidWeDid")
  public abstract List<SuggestionFeedback> youSaidWeDid();

  /**
   * When the initiative was assessed with more than one instrument ({@link
   * Evaluation#otherInstruments()}): each instrument's latest answers set side by side per
   * principle of one framework, with the items behind each score and whether they agree.
   *
   * @return the crosswalk, or empty with one instrument
   */
  @JsonProperty("crosswalk")
  public abstract Optional<CrosswalkReport> crosswalk();

  /**
   * The latest round's scores: what a reader wants first.
   *
   * @return the last of {@link #rounds()}
   */
  public ScoreReport latest() {
    return rounds().get(rounds().size() - 1);
  }

  /**
   * Starts a new report.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EvaluationReport}; {@code build()} checks the invariants. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableEvaluationReport.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("evaluationId", evaluationId());
    Checks.notEmpty("rounds", rounds(), "round of scores");
  }
}
