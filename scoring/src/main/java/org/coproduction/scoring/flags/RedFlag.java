package org.coproduction.scoring.flags;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.checklist.Severity;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.internal.Checks;
import org.coproduction.core.practice.JigsawArea;
import org.coproduction.scoring.AnswerCounts;
import org.coproduction.scoring.ScoreStatus;
import org.coproduction.scoring.internal.checks.ScoreChecks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An item the provider should look at first: enough raters said {@code NO}, or the records say
 * {@code NO}. The carer who called for the checklist wanted it to "name and shame – if necessary"
 * ("The Co-production Police and accountability", Kevin Minier, SCIE Co-production Festival blog,
 * 16 June 2016). A flag names the item, how much failing it costs people, how many raters said
 * what, and the records behind it, so nobody has to take it on trust.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRedFlag.class)
@JsonDeserialize(as = ImmutableRedFlag.class)
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class RedFlag {
  RedFlag() {}

  /**
   * The flagged item.
   *
   * @return the item id
   */
  @JsonProperty("itemId")
  public abstract String itemId();

  /**
   * What failing the item costs people; flags are sorted by it, most severe first.
   *
   * @return the severity
   */
  @JsonProperty("severity")
  public abstract Severity severity();

  /**
   * The piece of the jigsaw the item belongs to.
   *
   * @return the area
   */
  @JsonProperty("area")
  public abstract JigsawArea area();

  /**
   * What raised the flag.
   *
   * @return one or two triggers
   */
  @JsonProperty("triggers")
  public abstract List<FlagTrigger> triggers();

  /**
   * What raters said.
   *
   * @return the counts
   */
  @JsonProperty("answers")
  public abstract AnswerCounts answers();

  /**
   * The share of scored answers that were {@code NO} (on another answer scale, its bottom answer),
   * to three decimals; within a severity, flags are sorted by it, highest first.
   *
   * @return 0 to 1, or empty when nobody gave a scored answer
   */
  @JsonProperty("noShare")
  public abstract Optional<Double> noShare();

  /**
   * Whether enough raters answered for their view to be conclusive. A flag is raised even on few
   * raters, because one person's account of being left out matters, but this says how much weight
   * the count can bear.
   *
   * @return the status of the raters' score for the item
   */
  @JsonProperty("status")
  public abstract ScoreStatus status();

  /**
   * What the records say, with the evidence: which meeting had short notice, which group was not
   * invited.
   *
   * @return the records' answer, or empty when records were not checked
   */
  @JsonProperty("record")
  public abstract Optional<RecordAnswer> record();

  /**
   * How the records compare with the raters, when both gave a scored answer.
   *
   * @return the comparison, or empty when either is missing
   */
  @JsonProperty("recordComparison")
  public abstract Optional<RecordsVersusRaters> recordComparison();

  /**
   * The flag in one sentence.
   *
   * @return the reason
   */
  @JsonProperty("reason")
  public abstract String reason();

  /**
   * Starts a new red flag.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RedFlag}; {@code build()} checks the invariants. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableRedFlag.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("itemId", itemId());
    if (triggers().isEmpty()) {
      throw CoProductionException.at("triggers", "a red flag needs at least one trigger");
    }
    ScoreChecks.noRepeats("triggers", triggers());
    if (triggers().contains(FlagTrigger.RECORDS_SAID_NO)
        && record().map(r -> r.answer() != Answer.NO).orElse(true)) {
      throw CoProductionException.at(
          "record", "a flag raised by the records needs a record answer of NO");
    }
    if (triggers().contains(FlagTrigger.RECORDS_PARTLY_ON_CRITICAL)
        && (severity() != Severity.CRITICAL
            || record().map(r -> r.answer() != Answer.PARTLY).orElse(true))) {
      throw CoProductionException.at(
          "record", "a flag raised by a partly from the records needs a CRITICAL item and PARTLY");
    }
    noShare().ifPresent(s -> Checks.between("noShare", s, 0, 1));
    if (noShare().isPresent() != (answers().scored() > 0)) {
      throw CoProductionException.at(
          "noShare", "a flag has a share of NO exactly when raters gave scored answers");
    }
    record()
        .ifPresent(
            r -> {
              if (!r.itemId().equals(itemId())) {
                throw CoProductionException.at(
                    "record.itemId", "must be the flagged item's id '" + itemId() + "'");
              }
            });
    ScoreChecks.reason("reason", reason());
  }
}
