package org.coproduction.checklist;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;

/**
 * Derives an organisation's own checklist from another one, usually the {@link BuiltInChecklist}:
 * drop items that do not apply, add items of its own, change weights and severities, and replace
 * the wording with its own or with a translation ({@link LocaleTexts}).
 *
 * <p>Deriving never renames an item: the items it keeps keep their ids, and the derived checklist
 * records the version it came from in {@link Checklist#basedOn()}. That is what keeps scores
 * comparable across organisations that start from the same checklist.
 *
 * <p>A derivation is immutable: every method returns a new derivation and leaves this one as it
 * was, so a common starting point can be shared. Each step is checked at once and fails with {@link
 * CoProductionException} when it names an item that is not (or no longer) there.
 *
 * <pre>{@code
 * Checklist ours = ChecklistDerivation.from(BuiltInChecklist.get())
 *     .drop("commissioning-rewards-coproduction")
 *     .severity("refreshments-and-breaks", Severity.SERIOUS)
 *     .texts(LocaleTexts.read("cy", Path.of("cy.txt")))
 *     .derive("our-checklist", "1.0", "Ein rhestr wirio");
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class ChecklistDerivation {
  private final Checklist base;
  private final Map<String, ChecklistItem> items;
  private final Set<String> added;
  private final String language;
  private final Set<String> restatedStatements;
  private final Set<String> restatedEasyReads;

  private ChecklistDerivation(
      Checklist base,
      Map<String, ChecklistItem> items,
      Set<String> added,
      String language,
      Set<String> restatedStatements,
      Set<String> restatedEasyReads) {
    this.base = base;
    this.items = Collections.unmodifiableMap(items);
    this.added = Collections.unmodifiableSet(added);
    this.language = language;
    this.restatedStatements = Collections.unmodifiableSet(restatedStatements);
    this.restatedEasyReads = Collections.unmodifiableSet(restatedEasyReads);
  }

  /**
   * Starts a derivation that, with no further steps, keeps every item of the base as it is.
   *
   * @param base the checklist to derive from
   * @return the derivation
   */
  public static ChecklistDerivation from(Checklist base) {
    Map<String, ChecklistItem> items = new LinkedHashMap<>();
    base.items().forEach(i -> items.put(i.id(), i));
    return new ChecklistDerivation(
        base, items, new HashSet<>(), base.language(), new HashSet<>(), new HashSet<>());
  }

  /**
   * Leaves an item out, for example one that cannot apply to the organisation's work.
   *
   * @param itemId the item to drop
   * @return the derivation without the item
   * @throws CoProductionException when there is no such item
   */
  public ChecklistDerivation drop(String itemId) {
    require(itemId, "drop");
    Map<String, ChecklistItem> next = new LinkedHashMap<>(items);
    next.remove(itemId);
    Set<String> nextAdded = new HashSet<>(added);
    nextAdded.remove(itemId);
    Set<String> statements = new HashSet<>(restatedStatements);
    statements.remove(itemId);
    Set<String> easyReads = new HashSet<>(restatedEasyReads);
    easyReads.remove(itemId);
    return new ChecklistDerivation(base, next, nextAdded, language, statements, easyReads);
  }

  /**
   * Adds an organisation's own item after the others. Its id must be new: reusing the id of an item
   * that means something else would make scores look comparable when they are not.
   *
   * @param item the item to add
   * @return the derivation with the item
   * @throws CoProductionException when the checklist already has an item with that id, or the base
   *     had one that was dropped
   */
  public ChecklistDerivation add(ChecklistItem item) {
    Objects.requireNonNull(item, "item");
    if (items.containsKey(item.id())) {
      throw CoProductionException.of(
          "cannot add item '" + item.id() + "': the checklist already has an item with that id");
    }
    if (base.item(item.id()).isPresent()) {
      throw CoProductionException.of(
          "cannot add item '"
              + item.id()
              + "': "
              + base.ref()
              + " has an item with that id; choose a new id for a new item");
    }
    Map<String, ChecklistItem> next = new LinkedHashMap<>(items);
    next.put(item.id(), item);
    Set<String> nextAdded = new HashSet<>(added);
    nextAdded.add(item.id());
    return new ChecklistDerivation(
        base, next, nextAdded, language, restatedStatements, restatedEasyReads);
  }

  /**
   * Changes how much an item counts in a weighted score.
   *
   * @param itemId the item
   * @param weight the new weight, above 0
   * @return the derivation with the new weight
   * @throws CoProductionException when there is no such item or the weight is not above 0
   */
  public ChecklistDerivation weight(String itemId, double weight) {
    ChecklistItem item = require(itemId, "weigh");
    return replace(ChecklistItem.copyOf(item).weight(weight).build());
  }

  /**
   * Changes what failing an item is judged to cost people in the organisation's setting.
   *
   * @param itemId the item
   * @param severity the new severity
   * @return the derivation with the new severity
   * @throws CoProductionException when there is no such item
   */
  public ChecklistDerivation severity(String itemId, Severity severity) {
    ChecklistItem item = require(itemId, "change the severity of");
    return replace(ChecklistItem.copyOf(item).severity(severity).build());
  }

  /**
   * Replaces item texts with those of a locale file. When the texts are in another language than
   * the checklist so far, the derived checklist takes that language, and {@link #derive} then
   * requires every item kept from the base to have both texts in it, so no item is left in the old
   * language.
   *
   * <p>Texts for items of the base that this derivation dropped are left unused, so one translation
   * of a whole checklist (start from {@link LocaleTexts#template(Checklist)}) serves every
   * checklist derived from it, whatever each leaves out.
   *
   * @param texts the replacement texts
   * @return the derivation with the new texts
   * @throws CoProductionException with the line number when the texts name an item that neither the
   *     checklist nor its base has
   */
  public ChecklistDerivation texts(LocaleTexts texts) {
    Map<String, ChecklistItem> next = new LinkedHashMap<>(items);
    boolean sameLanguage = texts.language().equals(language);
    Set<String> statements = sameLanguage ? new HashSet<>(restatedStatements) : new HashSet<>();
    Set<String> easyReads = sameLanguage ? new HashSet<>(restatedEasyReads) : new HashSet<>();
    texts
        .statementLines()
        .forEach(
            (id, t) -> {
              if (isDropped(next, id, t.line)) {
                return;
              }
              next.put(id, ChecklistItem.copyOf(next.get(id)).statement(t.text).build());
              statements.add(id);
            });
    texts
        .easyReadLines()
        .forEach(
            (id, t) -> {
              if (isDropped(next, id, t.line)) {
                return;
              }
              next.put(id, ChecklistItem.copyOf(next.get(id)).easyRead(t.text).build());
              easyReads.add(id);
            });
    return new ChecklistDerivation(base, next, added, texts.language(), statements, easyReads);
  }

  /**
   * Builds the derived checklist. Its frameworks are the base's; {@link Checklist#basedOn()} names
   * the base.
   *
   * @param id the derived checklist's id
   * @param version the derived checklist's version
   * @param title the title people see
   * @return the derived checklist
   * @throws CoProductionException when no item is left, when id and version are the base's, or when
   *     the language changed and a kept item still lacks a statement or easy-read text in it
   */
  public Checklist derive(String id, String version, String title) {
    if (!language.equals(base.language())) {
      for (String itemId : items.keySet()) {
        if (added.contains(itemId)) {
          continue;
        }
        if (!restatedStatements.contains(itemId)) {
          throw CoProductionException.of(
              "item '"
                  + itemId
                  + "' has no statement in "
                  + language
                  + "; every item kept from "
                  + base.ref()
                  + " needs both texts in the new language");
        }
        if (!restatedEasyReads.contains(itemId)) {
          throw CoProductionException.of(
              "item '"
                  + itemId
                  + "' has no easyRead in "
                  + language
                  + "; every item kept from "
                  + base.ref()
                  + " needs both texts in the new language");
        }
      }
    }
    return Checklist.builder()
        .id(id)
        .version(version)
        .title(title)
        .language(language)
        .frameworks(base.frameworks())
        // The answers keep their meaning: same scales, so scores stay comparable with the base's.
        .scaleId(base.scaleId())
        .scales(base.scales())
        .basedOn(base.ref())
        .items(new ArrayList<>(items.values()))
        .build();
  }

  /**
   * The ids of the items the derived checklist would have now, in order.
   *
   * @return the item ids
   */
  public List<String> itemIds() {
    return List.copyOf(items.keySet());
  }

  private ChecklistDerivation replace(ChecklistItem item) {
    Map<String, ChecklistItem> next = new LinkedHashMap<>(items);
    next.put(item.id(), item);
    return new ChecklistDerivation(
        base, next, added, language, restatedStatements, restatedEasyReads);
  }

  private ChecklistItem require(String itemId, String action) {
    ChecklistItem item = items.get(itemId);
    if (item == null) {
      throw CoProductionException.of(
          "cannot "
              + action
              + " item '"
              + itemId
              + "': no such item in the checklist derived from "
              + base.ref());
    }
    return item;
  }

  /**
   * Whether a locale file's line is for an item of the base that was dropped (true: the line is not
   * used); fails with the line when the item is in neither the derivation nor its base, which is
   * most often a typing mistake.
   */
  private boolean isDropped(Map<String, ChecklistItem> current, String itemId, int line) {
    if (current.containsKey(itemId)) {
      return false;
    }
    if (base.item(itemId).isPresent()) {
      return true;
    }
    throw CoProductionException.at(
        "line " + line, "no item '" + itemId + "' in checklist " + base.ref());
  }
}
