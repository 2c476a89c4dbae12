package org.coproduction.report.tidy;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.internal.Checks;
import org.coproduction.scoring.Band;
import org.coproduction.scoring.ScoreStatus;
import org.coproduction.scoring.crosswalk.CrosswalkVerdict;
import org.immutables.value.Value;

/**
 * What one instrument says about one principle in the crosswalk of an initiative assessed with more
 * than one instrument: one row of the tidy crosswalk table, so a researcher can see across many
 * initiatives where two instruments tell the same story. The {@linkplain TidyCsv#CROSSWALK_COLUMNS
 * columns} say the same in CSV.
 */
@Value.Immutable
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class CrosswalkRow {
  CrosswalkRow() {}

  /**
   * The evaluation the crosswalk comes from.
   *
   * @return the evaluation's id
   */
  public abstract String evaluationId();

  /**
   * The initiative the instruments were answered about.
   *
   * @return the initiative's id
   */
  public abstract String initiativeId();

  /**
   * The framework whose principles make the rows.
   *
   * @return the framework's id
   */
  public abstract String frameworkId();

  /**
   * The principle.
   *
   * @return the principle's id
   */
  public abstract String principleId();

  /**
   * The instrument.
   *
   * @return the checklist's id
   */
  public abstract String checklistId();

  /**
   * The instrument's version.
   *
   * @return the checklist's version
   */
  public abstract String checklistVersion();

  /**
   * Whether the instrument maps at least one item to the principle.
   *
   * @return true when it asks about the principle
   */
  public abstract boolean asked();

  /**
   * Whether the instrument's principle score rests on enough raters.
   *
   * @return the status, or empty when the instrument does not ask about the principle
   */
  public abstract Optional<ScoreStatus> status();

  /**
   * The instrument's principle score.
   *
   * @return 0 to 100, or empty when there is none
   */
  public abstract Optional<Double> value();

  /**
   * The score in words.
   *
   * @return the band, present when the score is conclusive
   */
  public abstract Optional<Band> band();

  /**
   * How many raters gave a scored answer to at least one of the items used.
   *
   * @return 0 or more
   */
  public abstract int raters();

  /**
   * How many of the instrument's items went into the score.
   *
   * @return 0 or more
   */
  public abstract int itemsUsed();

  /**
   * Whether the instruments agree on the principle; the same on every row of the principle.
   *
   * @return the verdict
   */
  public abstract CrosswalkVerdict verdict();

  /**
   * How far apart the instruments' scores are; the same on every row of the principle.
   *
   * @return 0 to 100 points, or empty when they could not be compared
   */
  public abstract Optional<Double> gap();

  /**
   * Starts a new row; {@link TidyCrosswalk#rows} is the usual way to make them.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CrosswalkRow}; {@code build()} checks the invariants. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableCrosswalkRow.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("evaluationId", evaluationId());
    Checks.id("initiativeId", initiativeId());
    Checks.id("frameworkId", frameworkId());
    Checks.id("principleId", principleId());
    Checks.id("checklistId", checklistId());
  }
}
