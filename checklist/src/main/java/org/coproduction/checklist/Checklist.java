package org.coproduction.checklist;

import static org.apiguardian.api.API.Status.STABLE;

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
  /** The one answer scale every checklist uses, in the order raters see it. */
  private static final List<Answer> SCALE = List.of(Answer.values());

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
   * The answers a rater can give to every item: {@code YES}, {@code PARTLY}, {@code NO}, {@code
   * DONT_KNOW} and {@code NOT_APPLICABLE}, in that order. It is the same for every checklist, and
   * is written into each document so a reader of the file sees the scale without the library.
   *
   * @return the five answers
   */
  @Value.Default
  @JsonProperty("answerScale")
  public List<Answer> answerScale() {
    return SCALE;
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
    if (!answerScale().equals(SCALE)) {
      throw CoProductionException.at(
          "answerScale", "must be YES, PARTLY, NO, DONT_KNOW, NOT_APPLICABLE, in that order");
    }
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

  /** Language tags appear in messages and file names, so only the usual short form is accepted. */
  static void checkLanguage(String path, String language) {
    if (!LANGUAGE.matcher(language).matches()) {
      throw CoProductionException.at(path, "must be a language tag such as en, en-GB or cy");
    }
  }
}
