package org.coproduction.checklist;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Source;
import org.coproduction.core.internal.Checks;
import org.coproduction.core.practice.JigsawArea;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One good practice that everybody involved in a piece of co-production rates: a person who uses
 * services, a carer, a member of staff and a commissioner all answer the same statement, so their
 * views can be compared. Source: "The Co-production Police and accountability", Kevin Minier, SCIE
 * Co-production Festival blog, 16 June 2016 (a best-practice checklist that everybody involved
 * scores).
 *
 * <p>An item says what it means twice: a short {@link #statement()} in plain English, and an {@link
 * #easyRead()} wording in short sentences and everyday words, so nobody needs help from staff to
 * rate. It also says which principles it gives evidence for, which piece of the jigsaw of change it
 * belongs to, which failure it guards against, and how much failing it costs people.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableChecklistItem.class)
@JsonDeserialize(as = ImmutableChecklistItem.class)
@API(status = STABLE, since = "0.1")
public abstract class ChecklistItem {
  /**
   * The largest weight an item may have: 1000, a thousand times an item of weight 1, far beyond any
   * real checklist. The limit keeps every weighted sum and score a number that can be written out;
   * without it, two weights near the largest number Java holds add up to infinity.
   */
  public static final double MAX_WEIGHT = 1000;

  ChecklistItem() {}

  /**
   * A stable id. It never changes between versions or in derived checklists while the item means
   * the same thing, so answers and scores can be compared across rounds and organisations.
   *
   * @return the id, for example {@code notice-given}
   */
  @JsonProperty("id")
  public abstract String id();

  /**
   * The good practice, stated in plain English as something the rater can agree with or not.
   *
   * @return the statement
   */
  @JsonProperty("statement")
  public abstract String statement();

  /**
   * The same practice in easy read: short sentences and everyday words.
   *
   * @return the easy-read wording
   */
  @JsonProperty("easyRead")
  public abstract String easyRead();

  /**
   * The scale this item is answered on when it is not the checklist's, such as a progress question
   * in an agreement survey.
   *
   * @return a scale id (built in, or one of the checklist's {@link Checklist#scales()}), or empty
   *     for the checklist's scale
   */
  @JsonProperty("scale")
  @API(status = EXPERIMENTAL, since = "0.3")
  public abstract Optional<String> scaleId();

  /**
   * The principles this item gives evidence for, for each framework the checklist maps to: a
   * framework id (one of the checklist's {@link Checklist#frameworks()}) to the ids of that
   * framework's principles. One round of ratings can then be reported against each framework.
   *
   * @return framework id to one or more principle ids; may be empty for an item that maps to none
   */
  @JsonProperty("principles")
  public abstract Map<String, List<String>> principles();

  /**
   * The piece of the guide's jigsaw of change the item belongs to, so results can show which area
   * of the organisation needs work.
   *
   * @return the area
   */
  @JsonProperty("area")
  public abstract JigsawArea area();

  /**
   * The failure the item guards against, for the items that are the good-practice side of one of
   * the ten failures.
   *
   * @return the failure mode, or empty
   */
  @JsonProperty("failureMode")
  public abstract Optional<FailureMode> failureMode();

  /**
   * The ids of the guide's recommendations the item checks, such as {@code rec-04}. Source:
   * "Co-production in social care: What it is and how to do it", SCIE, October 2013, updated
   * October 2015, the lists headed "Recommendations" at the end of each part of "How to do
   * co-production".
   *
   * @return recommendation ids without repeats; may be empty
   */
  @JsonProperty("recommendations")
  public abstract List<String> recommendations();

  /**
   * What failing the item costs the people taking part.
   *
   * @return the severity
   */
  @JsonProperty("severity")
  public abstract Severity severity();

  /**
   * How much the item counts in a weighted score compared with the other items. The built-in
   * checklist weighs every item 1; {@link #severity()}, not weight, says how much harm a failure
   * does. A weight is at most {@link #MAX_WEIGHT}.
   *
   * @return a number above 0 and at most {@link #MAX_WEIGHT}
   */
  @JsonProperty("weight")
  public abstract double weight();

  /**
   * Whether the item can also be answered from an initiative's records (meeting notices, expenses,
   * invitations, minutes) without asking anyone. A record-based answer sits beside what people said
   * and never replaces it.
   *
   * @return true when records can answer it
   */
  @JsonProperty("recordBased")
  public abstract boolean recordBased();

  /**
   * Where the practice comes from. Items that several sources support cite all of them.
   *
   * @return one or more citations
   */
  @JsonProperty("sources")
  public abstract List<Source> sources();

  /**
   * What the cited sources do not settle: which part of the item, such as a figure or a detail, is
   * the library's own (or the checklist author's) choice rather than a source's, and what each
   * source supports where that is not plain from its section. A reader who wants to know how far to
   * trust an item, or what to change in a checklist of their own, starts here.
   *
   * @return the note in plain words, or empty when the sources support the whole item
   */
  @JsonProperty("sourceNote")
  @API(status = EXPERIMENTAL, since = "0.3")
  public abstract Optional<String> sourceNote();

  /**
   * Starts a new item.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a changed copy of an item, for example with another weight or wording.
   *
   * @param item the item to copy
   * @return a builder holding every field of {@code item}
   */
  public static Builder copyOf(ChecklistItem item) {
    Builder builder = new Builder();
    builder.from(item);
    return builder;
  }

  /** Builds a {@link ChecklistItem}; {@code build()} checks the invariants. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableChecklistItem.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    Checks.notBlank("statement", statement());
    Checks.notBlank("easyRead", easyRead());
    scaleId().ifPresent(s -> Checks.id("scale", s));
    for (Map.Entry<String, List<String>> e : principles().entrySet()) {
      Checks.id("principles", e.getKey());
      String path = "principles." + e.getKey();
      Checks.notEmpty(path, e.getValue(), "principle");
      for (int i = 0; i < e.getValue().size(); i++) {
        Checks.id(path + "[" + i + "]", e.getValue().get(i));
      }
      Checks.noRepeats(path, e.getValue());
    }
    for (int i = 0; i < recommendations().size(); i++) {
      Checks.id("recommendations[" + i + "]", recommendations().get(i));
    }
    Checks.noRepeats("recommendations", recommendations());
    if (!(weight() > 0) || Double.isInfinite(weight())) {
      throw CoProductionException.at(
          "weight", "must be a number more than 0, was " + Checks.plain(weight()));
    }
    if (weight() > MAX_WEIGHT) {
      throw CoProductionException.at(
          "weight",
          "must be "
              + Checks.plain(MAX_WEIGHT)
              + " or less: a weight says how many times one item counts beside an item of weight 1");
    }
    Checks.notEmpty("sources", sources(), "source");
    sourceNote().ifPresent(n -> Checks.notBlank("sourceNote", n));
  }
}
