package org.coproduction.scoring.ladder;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.practice.LadderRung;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The choices behind a ladder assessment that a caller may make differently. The assessment carries
 * the settings it was made with, so a reader can see them.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLadderSettings.class)
@JsonDeserialize(as = ImmutableLadderSettings.class)
@API(status = STABLE, since = "0.1")
public abstract class LadderSettings {
  LadderSettings() {}

  /** The rung a late join caps a stage at unless set otherwise. */
  public static final LadderRung DEFAULT_LATE_JOIN_CAP = LadderRung.CO_DESIGN;

  /**
   * The highest rung a stage can reach when people who use services and carers joined it after it
   * had started ({@link LadderRule#JOINED_AFTER_STAGE_STARTED}). {@link LadderRung#CO_DESIGN} by
   * default: they could still shape what came after they joined, which is more than engagement, but
   * they did not share power over what was done before, so it was not co-production from start to
   * end ("Co-production in social care: What it is and how to do it", SCIE, October 2013, updated
   * October 2015, section "Identifying and involving the right people from the start"). Choose
   * {@link LadderRung#ENGAGEMENT} to judge late joining more strictly.
   *
   * @return {@link LadderRung#ENGAGEMENT} or {@link LadderRung#CO_DESIGN}
   */
  @Value.Parameter
  @JsonProperty("lateJoinCap")
  public abstract LadderRung lateJoinCap();

  /**
   * Settings with a chosen cap for late joining.
   *
   * @param lateJoinCap {@link LadderRung#ENGAGEMENT} or {@link LadderRung#CO_DESIGN}
   * @return the settings
   * @throws CoProductionException for any other rung
   */
  public static LadderSettings of(LadderRung lateJoinCap) {
    return ImmutableLadderSettings.of(lateJoinCap);
  }

  /**
   * The settings used when none are given: a late join caps a stage at co-design.
   *
   * @return the default settings
   */
  public static LadderSettings defaults() {
    return of(DEFAULT_LATE_JOIN_CAP);
  }

  @Value.Check
  void check() {
    if (lateJoinCap() != LadderRung.ENGAGEMENT && lateJoinCap() != LadderRung.CO_DESIGN) {
      throw CoProductionException.at(
          "lateJoinCap",
          "must be "
              + LadderRung.ENGAGEMENT
              + " or "
              + LadderRung.CO_DESIGN
              + ", was "
              + lateJoinCap());
    }
  }
}
