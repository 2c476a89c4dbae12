package org.coproduction.scoring.trend;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.coproduction.checklist.ChecklistRef;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Document;
import org.coproduction.core.DocumentType;
import org.coproduction.core.internal.Checks;
import org.coproduction.core.internal.style.CoProductionStyle;
import org.coproduction.scoring.ScoreReport;
import org.coproduction.scoring.ScoringSettings;
import org.coproduction.scoring.internal.checks.ScoreChecks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What changed between two review rounds of one initiative: for each item, whether its score got
 * better, worse or stayed within the noise, and whether its red flag is new, resolved or still
 * there. Made by {@link Trends#compare} from two {@link ScoreReport}s.
 *
 * <p>Items are matched by id, which checklists keep stable across versions, so rounds rated against
 * different versions of a checklist can be compared on the items they share.
 */
@Value.Immutable
@CoProductionStyle
@DocumentType(name = "trend report", schemaVersion = 1)
@JsonSerialize(as = ImmutableTrendReport.class)
@JsonDeserialize(as = ImmutableTrendReport.class)
public abstract class TrendReport implements Document {
  TrendReport() {}

  /**
   * The initiative.
   *
   * @return the initiative's id
   */
  @JsonProperty("initiativeId")
  public abstract String initiativeId();

  /**
   * The earlier round.
   *
   * @return the round's id
   */
  @JsonProperty("earlierRoundId")
  public abstract String earlierRoundId();

  /**
   * The later round.
   *
   * @return the round's id
   */
  @JsonProperty("laterRoundId")
  public abstract String laterRoundId();

  /**
   * The checklist version the earlier round answered.
   *
   * @return the checklist's id and version
   */
  @JsonProperty("earlierChecklist")
  public abstract ChecklistRef earlierChecklist();

  /**
   * The checklist version the later round answered.
   *
   * @return the checklist's id and version
   */
  @JsonProperty("laterChecklist")
  public abstract ChecklistRef laterChecklist();

  /**
   * The smallest change in score points counted as better or worse ({@link
   * ScoringSettings#minimumMeaningfulChange()} of both reports).
   *
   * @return more than 0
   */
  @JsonProperty("minimumMeaningfulChange")
  public abstract double minimumMeaningfulChange();

  /**
   * How the overall score moved.
   *
   * @return the change
   */
  @JsonProperty("overall")
  public abstract ScoreChange overall();

  /**
   * How each item in both rounds changed.
   *
   * @return item trends in the later checklist's order
   */
  @JsonProperty("items")
  public abstract List<ItemTrend> items();

  /**
   * Items rated only in the earlier round.
   *
   * @return item ids in the earlier checklist's order
   */
  @JsonProperty("itemsOnlyInEarlier")
  public abstract List<String> itemsOnlyInEarlier();

  /**
   * Items rated only in the later round.
   *
   * @return item ids in the later checklist's order
   */
  @JsonProperty("itemsOnlyInLater")
  public abstract List<String> itemsOnlyInLater();

  /**
   * The changes counted in one sentence, for example {@code 2 items better, 1 worse, 5 unchanged, 0
   * not comparable; 1 new red flag, 2 resolved, 1 still flagged}.
   *
   * @return the summary
   */
  @JsonProperty("summary")
  public abstract String summary();

  /**
   * Starts a new trend report; {@link Trends#compare} is the usual way to make one.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TrendReport}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableTrendReport.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("initiativeId", initiativeId());
    Checks.id("earlierRoundId", earlierRoundId());
    Checks.id("laterRoundId", laterRoundId());
    if (earlierRoundId().equals(laterRoundId())) {
      throw CoProductionException.at(
          "laterRoundId", "must differ from earlierRoundId '" + earlierRoundId() + "'");
    }
    if (!(minimumMeaningfulChange() > 0 && minimumMeaningfulChange() <= 100)) {
      throw CoProductionException.at(
          "minimumMeaningfulChange",
          "must be more than 0 and at most 100, was " + Checks.plain(minimumMeaningfulChange()));
    }
    Checks.uniqueIds("items", "itemId", items(), ItemTrend::itemId);
    ScoreChecks.reason("summary", summary());
  }
}
