package org.coproduction.checklist;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Document;
import org.coproduction.core.DocumentType;
import org.coproduction.core.internal.Checks;
import org.coproduction.core.principle.PrincipleFramework;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A best-practice checklist for co-production that everybody involved in an activity scores, so
 * that the organisation running it can see how well its process works, through the eyes of each
 * group taking part. Source: "The Co-production Police and accountability", Kevin Minier, SCIE
 * Co-production Festival blog, 16 June 2016.
 *
 * <p>A checklist is data, not code: the library ships one ({@link BuiltInChecklist}), an
 * organisation can write its own as a JSON document and read it with {@link
 * org.coproduction.core.Documents}, or derive one from another checklist with {@link
 * ChecklistDerivation}. A derived checklist keeps the ids of the items it keeps and names the
 * version it came from in {@link #basedOn()}, so its scores stay comparable with the original's.
 */
@Value.Immutable
@DocumentType(name = "checklist", schemaVersion = 1)
@JsonSerialize(as = ImmutableChecklist.class)
@JsonDeserialize(as = ImmutableChecklist.class)
@API(status = STABLE, since = "0.1")
public abstract class Checklist implements Document {
  /** The answers of the yes/partly/no scale, in the order raters see them. */
  private static final List<Answer> YES_PARTLY_NO = List.of(Answer.values());

  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

  Checklist() {}

  /**
   * A stable id that response sets and scores refer to.
   *
   * @return the id, for example {@code coproduction-police}
   */
  @JsonProperty("id")
  public abstract String id();

  /**
   * The checklist's version, raised whenever an item is added, dropped or changes meaning, so
   * answers are only ever compared with answers to the same version.
   *
   * @return the version, for example {@code 1.0}
   */
  @JsonProperty("version")
  public abstract String version();

  /**
   * The title people see.
   *
   * @return the title
   */
  @JsonProperty("title")
  public abstract String title();

  /**
   * The language the item texts are written in, as a language tag, so a derived checklist in
   * another language says so.
   *
   * @return a tag such as {@code en-GB} or {@code cy}
   */
  @JsonProperty("language")
  public abstract String language();

  /**
   * The scale every item is answered on unless the item names its own: a built-in scale ({@link
   * AnswerScales}) or one of {@link #scales()}.
   *
   * @return a scale id, or empty for {@code yes-partly-no}, the scale of every checklist written
   *     before scales could be chosen
   */
  @JsonProperty("scale")
  public abstract Optional<String> scaleId();

  /**
   * The checklist's own answer scales, for an instrument whose answers none of the built-in scales
   * has. Their ids differ from each other and from the built-in scales'.
   *
   * @return scales; may be empty (and is then left out of the document)
   */
  @JsonProperty("scales")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<AnswerScale> scales();

  /**
   * The codes a rater can give on the checklist's {@link #scale()}, answers first, in the order
   * raters see them: {@code YES}, {@code PARTLY}, {@code NO}, {@code DONT_KNOW}, {@code
   * NOT_APPLICABLE} for a checklist on the yes/partly/no scale. It follows from the scale, and is
   * written into each document so a reader of the file sees the answers without the library.
   *
   * @return the codes
   */
  @Value.Default
  @JsonProperty("answerScale")
  public List<String> answerCodes() {
    return scale().codes();
  }

  /**
   * The checklist's answers as {@link Answer}s, for callers written when every checklist was
   * answered yes, partly or no.
   *
   * @return the five answers for a checklist on the yes/partly/no scale; empty for any other scale,
   *     whose codes are in {@link #answerCodes()}
   */
  public List<Answer> answerScale() {
    return scale().id().equals(AnswerScales.YES_PARTLY_NO_ID) ? YES_PARTLY_NO : List.of();
  }

  /**
   * The scale every item is answered on unless the item names its own.
   *
   * @return the scale named by {@link #scaleId()}, or {@link AnswerScales#YES_PARTLY_NO}
   */
  public AnswerScale scale() {
    // An unknown id is refused by check(); until then the default keeps answerCodes() computable.
    return scaleNamed(scaleId().orElse(AnswerScales.YES_PARTLY_NO_ID))
        .orElse(AnswerScales.YES_PARTLY_NO);
  }

  /**
   * The scale an item is answered on: its own, or else the checklist's.
   *
   * @param item one of this checklist's items
   * @return the scale
   */
  public AnswerScale scaleOf(ChecklistItem item) {
    return item.scaleId().flatMap(this::scaleNamed).orElseGet(this::scale);
  }

  /**
   * Looks up a scale by the id a checklist or item names: the checklist's own scales, then the
   * built-in ones.
   *
   * @param id a scale id
   * @return the scale, or empty when neither the checklist nor the library has it
   */
  public Optional<AnswerScale> scaleNamed(String id) {
    for (AnswerScale own : scales()) {
      if (own.id().equals(id)) {
        return Optional.of(own);
      }
    }
    return AnswerScales.builtIn(id);
  }

  /**
   * The principle frameworks the items are mapped to, so that ratings can be reported against each
   * framework's principles.
   *
   * @return framework references with distinct ids; may be empty
   */
  @JsonProperty("frameworks")
  public abstract List<FrameworkRef> frameworks();

  /**
   * For a derived checklist, the checklist version it was derived from.
   *
   * @return the base checklist, or empty for a checklist written from scratch
   */
  @JsonProperty("basedOn")
  public abstract Optional<ChecklistRef> basedOn();

  /**
   * The items, in the order raters see them.
   *
   * @return one or more items with distinct ids
   */
  @JsonProperty("items")
  public abstract List<ChecklistItem> items();

  /**
   * This checklist's id and version, the reference a response set names.
   *
   * @return the reference
   */
  public ChecklistRef ref() {
    return ChecklistRef.of(id(), version());
  }

  /**
   * Looks up an item.
   *
   * @param itemId an item id
   * @return the item, or empty when this checklist version has no such item
   */
  public Optional<ChecklistItem> item(String itemId) {
    return items().stream().filter(i -> i.id().equals(itemId)).findFirst();
  }

  /**
   * The ids of the items, in order.
   *
   * @return the item ids
   */
  public List<String> itemIds() {
    return items().stream().map(ChecklistItem::id).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Checks that every principle the items name under a framework is one of its principles, for a
   * framework of the user's own (built-in frameworks are checked when the checklist is made). An
   * evaluation file calls this for each framework it defines.
   *
   * @param framework a framework the checklist may map to; items are checked only under its id
   * @throws CoProductionException at {@code items[i].principles.<framework id>[j]} when an item
   *     names a principle the framework does not have
   */
  public void checkPrinciplesOf(PrincipleFramework framework) {
    PrincipleMapping.check(this, framework);
  }

  /**
   * Starts a new checklist.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Checklist}; {@code build()} checks the invariants. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableChecklist.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    ChecklistRef.checkVersion("version", version());
    Checks.notBlank("title", title());
    checkLanguage("language", language());
    checkScales();
    Checks.uniqueIds("frameworks", "id", frameworks(), FrameworkRef::id);
    if (items().isEmpty()) {
      throw CoProductionException.at("items", "a checklist needs at least one item");
    }
    Checks.uniqueIds("items", "id", items(), ChecklistItem::id);
    Set<String> frameworkIds =
        frameworks().stream().map(FrameworkRef::id).collect(Collectors.toUnmodifiableSet());
    for (int i = 0; i < items().size(); i++) {
      for (Map.Entry<String, List<String>> e : items().get(i).principles().entrySet()) {
        if (!frameworkIds.contains(e.getKey())) {
          throw CoProductionException.at(
              "items[" + i + "].principles." + e.getKey(),
              "framework '" + e.getKey() + "' is not one of the checklist's frameworks");
        }
      }
    }
    PrincipleMapping.checkBuiltIn(this);
    if (basedOn().isPresent() && basedOn().get().equals(ref())) {
      throw CoProductionException.at(
          "basedOn",
          "a checklist cannot be based on itself: give the derived one its own id or version");
    }
  }

  private void checkScales() {
    for (int i = 0; i < scales().size(); i++) {
      String id = scales().get(i).id();
      if (AnswerScales.builtIn(id).isPresent()) {
        throw CoProductionException.at(
            "scales[" + i + "].id",
            "'" + id + "' is the name of a built-in scale; give this scale a name of its own");
      }
    }
    Checks.uniqueIds("scales", "id", scales(), AnswerScale::id);
    scaleId().ifPresent(id -> knownScale("scale", id));
    for (int i = 0; i < items().size(); i++) {
      String path = "items[" + i + "].scale";
      items().get(i).scaleId().ifPresent(id -> knownScale(path, id));
    }
    if (!answerCodes().equals(scale().codes())) {
      throw CoProductionException.at(
          "answerScale",
          "must be the codes of scale '"
              + scale().id()
              + "', in order: "
              + String.join(", ", scale().codes()));
    }
  }

  private void knownScale(String path, String id) {
    if (scaleNamed(id).isEmpty()) {
      throw CoProductionException.at(
          path,
          "no scale '"
              + id
              + "': name a built-in scale (yes-partly-no, agreement-5, progress-4, ladder-7) or"
              + " one under scales");
    }
  }

  /** Language tags appear in messages and file names, so only the usual short form is accepted. */
  static void checkLanguage(String path, String language) {
    if (!LANGUAGE.matcher(language).matches()) {
      throw CoProductionException.at(path, "must be a language tag such as en, en-GB or cy");
    }
  }
}
