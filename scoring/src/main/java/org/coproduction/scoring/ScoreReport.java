package org.coproduction.scoring;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.checklist.ChecklistRef;
import org.coproduction.core.Document;
import org.coproduction.core.DocumentType;
import org.coproduction.core.internal.Checks;
import org.coproduction.scoring.flags.RedFlag;
import org.coproduction.scoring.flags.TokenismSignal;
import org.coproduction.scoring.internal.checks.ScoreChecks;
import org.coproduction.scoring.trend.Trends;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What everybody's checklist answers say about one round of one initiative: an overall score and
 * band, scores per piece of the jigsaw, per principle and per item, the red flags a provider reads
 * first, and possible tokenism. Every score says how it was reached, breaks down by interest group
 * from the answers that count, and carries how far raters agree. Made by {@link Scoring#score}; two
 * rounds are compared with {@link Trends#compare}.
 *
 * <p>A report never names raters or lists their answers one by one, and an answer is in a figure
 * only when at least k people of the same group answered the same item (see {@link
 * #answersLeftOut()}).
 */
@Value.Immutable
@DocumentType(name = "score report", schemaVersion = 1)
@JsonSerialize(as = ImmutableScoreReport.class)
@JsonDeserialize(as = ImmutableScoreReport.class)
@API(status = STABLE, since = "0.1")
public abstract class ScoreReport implements Document {
  ScoreReport() {}

  /**
   * The checklist version the answers were given against.
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
   * The review round the answers belong to.
   *
   * @return the round's id, or empty when the response sets name none
   */
  @JsonProperty("reviewRoundId")
  public abstract Optional<String> reviewRoundId();

  /**
   * The rules the report was made under.
   *
   * @return the settings
   */
  @JsonProperty("settings")
  public abstract ScoringSettings settings();

  /**
   * How many raters have at least one answer that counts. An answer counts only when at least
   * {@link ScoringSettings#minimumGroupSize()} people of the same interest group answered the same
   * item; the others are in no figure of this report.
   *
   * @return 0 or more
   */
  @JsonProperty("raters")
  public abstract int raters();

  /**
   * Whether some answers were left out of every figure because fewer than {@link
   * ScoringSettings#minimumGroupSize()} people of the same group answered that item. It never says
   * which group or item, so that small groups are not announced one by one.
   *
   * @return true when at least one answer was left out
   */
  @JsonProperty("answersLeftOut")
  public abstract boolean answersLeftOut();

  /**
   * The score over the whole checklist, with its band.
   *
   * @return the overall score
   */
  @JsonProperty("overall")
  public abstract Score overall();

  /**
   * A score for each piece of the jigsaw that has items.
   *
   * @return area scores in the order of the jigsaw: culture, structure, practice, review
   */
  @JsonProperty("areas")
  public abstract List<AreaScore> areas();

  /**
   * A score for each principle that items are mapped to.
   *
   * @return principle scores, by framework in the checklist's order, then by principle in the order
   *     the checklist's items first name them
   */
  @JsonProperty("principles")
  public abstract List<PrincipleScore> principles();

  /**
   * A score for each item.
   *
   * @return item scores in checklist order
   */
  @JsonProperty("items")
  public abstract List<ItemScore> items();

  /**
   * The items to look at first.
   *
   * @return red flags, most severe first, then by share of {@code NO}, highest first
   */
  @JsonProperty("redFlags")
  public abstract List<RedFlag> redFlags();

  /**
   * Items that providers score high while people who use services and carers score low.
   *
   * @return the signals, largest gap first
   */
  @JsonProperty("tokenism")
  public abstract List<TokenismSignal> tokenism();

  /**
   * Looks up an item's score.
   *
   * @param itemId an item id
   * @return the item's score, or empty when the checklist has no such item
   */
  public Optional<ItemScore> item(String itemId) {
    return items().stream().filter(i -> i.itemId().equals(itemId)).findFirst();
  }

  /**
   * Looks up an item's red flag.
   *
   * @param itemId an item id
   * @return the flag, or empty when the item is not flagged
   */
  public Optional<RedFlag> redFlag(String itemId) {
    return redFlags().stream().filter(f -> f.itemId().equals(itemId)).findFirst();
  }

  /**
   * Starts a new report; {@link Scoring#score} is the usual way to make one.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScoreReport}; {@code build()} checks the invariants. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableScoreReport.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("initiativeId", initiativeId());
    reviewRoundId().ifPresent(r -> Checks.id("reviewRoundId", r));
    ScoreChecks.count("raters", raters());
    Checks.uniqueIds("items", "itemId", items(), ItemScore::itemId);
    Checks.uniqueIds("redFlags", "itemId", redFlags(), RedFlag::itemId);
    Checks.uniqueIds("tokenism", "itemId", tokenism(), TokenismSignal::itemId);
  }
}
