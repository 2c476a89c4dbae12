package org.coproduction.scoring;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.internal.Checks;
import org.coproduction.scoring.agreement.MeasurementScale;
import org.coproduction.scoring.trend.Trends;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The choices behind a score report: how many raters make a score conclusive, when an item is
 * red-flagged, how small a group may be before its scores are hidden, when a gap between the sides
 * looks like tokenism, how big a change between rounds counts, where the bands start, and when
 * raters disagree too much to lean on a score.
 *
 * <p>Every field has a default ({@link #defaults()}); an organisation changes only what it needs
 * to. The settings are written into each {@link ScoreReport}, so a reader can see the rules a
 * report was made under.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScoringSettings.class)
@JsonDeserialize(as = ImmutableScoringSettings.class)
@API(status = STABLE, since = "0.1")
public abstract class ScoringSettings {
  private static final ScoringSettings DEFAULTS = builder().build();

  ScoringSettings() {}

  /**
   * How many raters must give a scored answer ({@code YES}, {@code PARTLY} or {@code NO}) for an
   * item's score to be {@link ScoreStatus#CONCLUSIVE}. Aggregate scores use only conclusive items
   * when there are any.
   *
   * @return 1 or more; 3 unless set
   */
  @Value.Default
  @JsonProperty("minimumRaters")
  public int minimumRaters() {
    return 3;
  }

  /**
   * The share of raters saying {@code NO} at which an item is red-flagged: an item is flagged when
   * {@code NO} answers divided by scored answers is at least this. On any answer scale the rule
   * counts the bottom answer, the one worth 0 ({@code NO}, {@code STRONGLY_DISAGREE}, {@code
   * NOT_STARTED}): "at least a third answered at the bottom of the scale". The carer who called for
   * the checklist asked to "name and shame – if necessary" ("The Co-production Police and
   * accountability", Kevin Minier, SCIE Co-production Festival blog, 16 June 2016); one third means
   * a sizeable minority is enough.
   *
   * @return more than 0 and at most 1; one third unless set
   */
  @Value.Default
  @JsonProperty("redFlagShare")
  public double redFlagShare() {
    return 1.0 / 3;
  }

  /**
   * k: an answer counts only when at least k people of the same interest group answered the same
   * item (any answer, don't know included); the other answers are in no figure. 1 counts every
   * answer.
   *
   * @return 1 or more (1 leaves nothing out); 3 unless set
   */
  @Value.Default
  @JsonProperty("minimumGroupSize")
  public int minimumGroupSize() {
    return 3;
  }

  /**
   * The provider side's score on an item at or above which, with a low lived-experience score, the
   * item is signalled as possible tokenism.
   *
   * @return 0 to 100, above {@link #tokenismLivedExperienceAtMost()}; 75 unless set
   */
  @Value.Default
  @JsonProperty("tokenismProviderAtLeast")
  public double tokenismProviderAtLeast() {
    return 75;
  }

  /**
   * The lived-experience side's score on an item at or below which, with a high provider score, the
   * item is signalled as possible tokenism.
   *
   * @return 0 to 100, below {@link #tokenismProviderAtLeast()}; 50 unless set
   */
  @Value.Default
  @JsonProperty("tokenismLivedExperienceAtMost")
  public double tokenismLivedExperienceAtMost() {
    return 50;
  }

  /**
   * The smallest change in score points between two review rounds that is reported as better or
   * worse. A change must also be more than one rater could cause alone (see {@link Trends}).
   *
   * @return more than 0 and at most 100; 10 unless set
   */
  @Value.Default
  @JsonProperty("minimumMeaningfulChange")
  public double minimumMeaningfulChange() {
    return 10;
  }

  /**
   * Where the band {@link Band#STARTING_OUT} begins; below it is {@link Band#NOT_THERE_YET}.
   *
   * @return more than 0; 25 unless set
   */
  @Value.Default
  @JsonProperty("startingOutFrom")
  public double startingOutFrom() {
    return 25;
  }

  /**
   * Where the band {@link Band#ON_THE_WAY} begins.
   *
   * @return above {@link #startingOutFrom()}; 50 unless set
   */
  @Value.Default
  @JsonProperty("onTheWayFrom")
  public double onTheWayFrom() {
    return 50;
  }

  /**
   * Where the band {@link Band#GOING_STRONG} begins.
   *
   * @return above {@link #onTheWayFrom()} and at most 100; 75 unless set
   */
  @Value.Default
  @JsonProperty("goingStrongFrom")
  public double goingStrongFrom() {
    return 75;
  }

  /**
   * The scale agreement warnings are judged on. All three alphas are always reported.
   *
   * @return the scale; {@link MeasurementScale#ORDINAL} unless set, as the answers are ordered
   */
  @Value.Default
  @JsonProperty("agreementScale")
  public MeasurementScale agreementScale() {
    return MeasurementScale.ORDINAL;
  }

  /**
   * The alpha below which a score carries a low-agreement warning. Krippendorff advises relying on
   * data with alpha of at least 0.8 and drawing only tentative conclusions from 0.667 up
   * (Krippendorff, "Content Analysis: An Introduction to Its Methodology", 2004, on the reliability
   * standards for data).
   *
   * @return more than 0 and at most 1; 0.667 unless set
   */
  @Value.Default
  @JsonProperty("lowAgreementBelow")
  public double lowAgreementBelow() {
    return 0.667;
  }

  /**
   * The band a score falls in.
   *
   * @param score a score from 0 to 100
   * @return the band under these thresholds
   */
  public Band band(double score) {
    if (score >= goingStrongFrom()) {
      return Band.GOING_STRONG;
    }
    if (score >= onTheWayFrom()) {
      return Band.ON_THE_WAY;
    }
    if (score >= startingOutFrom()) {
      return Band.STARTING_OUT;
    }
    return Band.NOT_THERE_YET;
  }

  /**
   * The default settings: 3 raters, one third saying no, groups of 3, tokenism at 75 against 50, a
   * change of 10 points, bands from 25, 50 and 75, ordinal agreement below 0.667.
   *
   * @return the defaults
   */
  public static ScoringSettings defaults() {
    return DEFAULTS;
  }

  /**
   * Starts settings from the defaults; set only what differs.
   *
   * @return a builder holding no choices yet, so every unset field takes its default
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ScoringSettings}; {@code build()} checks the invariants. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableScoringSettings.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    atLeastOne("minimumRaters", minimumRaters());
    atLeastOne("minimumGroupSize", minimumGroupSize());
    aboveZeroAtMost("redFlagShare", redFlagShare(), 1);
    Checks.between("tokenismProviderAtLeast", tokenismProviderAtLeast(), 0, 100);
    Checks.between("tokenismLivedExperienceAtMost", tokenismLivedExperienceAtMost(), 0, 100);
    if (!(tokenismLivedExperienceAtMost() < tokenismProviderAtLeast())) {
      throw CoProductionException.at(
          "tokenismLivedExperienceAtMost",
          "must be below tokenismProviderAtLeast ("
              + Checks.plain(tokenismProviderAtLeast())
              + "), was "
              + Checks.plain(tokenismLivedExperienceAtMost()));
    }
    aboveZeroAtMost("minimumMeaningfulChange", minimumMeaningfulChange(), 100);
    aboveZeroAtMost("startingOutFrom", startingOutFrom(), 100);
    above("onTheWayFrom", onTheWayFrom(), "startingOutFrom", startingOutFrom());
    above("goingStrongFrom", goingStrongFrom(), "onTheWayFrom", onTheWayFrom());
    Checks.between("goingStrongFrom", goingStrongFrom(), 0, 100);
    aboveZeroAtMost("lowAgreementBelow", lowAgreementBelow(), 1);
  }

  private static void atLeastOne(String path, int value) {
    if (value < 1) {
      throw CoProductionException.at(path, "must be 1 or more, was " + value);
    }
  }

  private static void aboveZeroAtMost(String path, double value, double max) {
    if (!(value > 0 && value <= max)) {
      throw CoProductionException.at(
          path,
          "must be more than 0 and at most " + Checks.plain(max) + ", was " + Checks.plain(value));
    }
  }

  private static void above(String path, double value, String lowerName, double lower) {
    if (!(value > lower)) {
      throw CoProductionException.at(
          path,
          "must be above "
              + lowerName
              + " ("
              + Checks.plain(lower)
              + "), was "
              + Checks.plain(value));
    }
  }
}
