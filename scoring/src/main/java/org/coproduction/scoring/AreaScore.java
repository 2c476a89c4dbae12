package org.coproduction.scoring;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.apiguardian.api.API;
import org.coproduction.core.practice.JigsawArea;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The score of one piece of the guide's jigsaw of change (culture, structure, practice, review), so
 * an organisation sees which part of itself needs work. Source: "Co-production in social care: What
 * it is and how to do it", SCIE, October 2013, updated October 2015, section "How to do
 * co-production".
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAreaScore.class)
@JsonDeserialize(as = ImmutableAreaScore.class)
@API(status = STABLE, since = "0.1")
public abstract class AreaScore {
  AreaScore() {}

  /**
   * The piece of the jigsaw.
   *
   * @return the area
   */
  @Value.Parameter
  @JsonProperty("area")
  public abstract JigsawArea area();

  /**
   * The score over the area's items.
   *
   * @return the score
   */
  @Value.Parameter
  @JsonProperty("score")
  public abstract Score score();

  /**
   * An area's score.
   *
   * @param area the piece of the jigsaw
   * @param score the score over its items
   * @return the area score
   */
  public static AreaScore of(JigsawArea area, Score score) {
    return ImmutableAreaScore.of(area, score);
  }
}
