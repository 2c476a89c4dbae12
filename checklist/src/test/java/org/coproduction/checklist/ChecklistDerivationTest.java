package org.coproduction.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Source;
import org.coproduction.core.practice.JigsawArea;
import org.junit.jupiter.api.Test;

class ChecklistDerivationTest {
  private final Checklist builtIn = BuiltInChecklist.get();

  private static ChecklistItem ownItem(String id, Map<String, List<String>> principles) {
    return ChecklistItem.builder()
        .id(id)
        .statement("Notes of each meeting were sent out in easy read as well.")
        .easyRead("After each meeting, people got the notes in easy read.")
        .principles(principles)
        .area(JigsawArea.PRACTICE)
        .severity(Severity.MODERATE)
        .weight(1)
        .recordBased(false)
        .addSources(Source.of("Riverside co-production policy", "Meetings"))
        .build();
  }

  @Test
  void dropsAddsAndChangesItemsAndRecordsTheBase() {
    ChecklistItem own = ownItem("minutes-in-easy-read", Map.of("guide", List.of("accessibility")));
    Checklist ours =
        ChecklistDerivation.from(builtIn)
            .drop("commissioning-rewards-coproduction")
            .add(own)
            .weight("notice-given", 2)
            .severity("refreshments-and-breaks", Severity.SERIOUS)
            .derive("riverside-checklist", "2.1", "Riverside checklist");

    List<String> expectedIds = new ArrayList<>(builtIn.itemIds());
    expectedIds.remove("commissioning-rewards-coproduction");
    expectedIds.add("minutes-in-easy-read");
    assertEquals(expectedIds, ours.itemIds());
    assertEquals(ChecklistRef.of("coproduction-police", "1.0"), ours.basedOn().orElseThrow());
    assertEquals(builtIn.frameworks(), ours.frameworks());
    assertEquals("en-GB", ours.language());
    assertEquals(2.0, ours.item("notice-given").orElseThrow().weight());
    assertEquals(Severity.SERIOUS, ours.item("refreshments-and-breaks").orElseThrow().severity());
    assertEquals(own, ours.item("minutes-in-easy-read").orElseThrow());
    assertEquals(builtIn.item("venue-access"), ours.item("venue-access"));
  }

  @Test
  void eachStepLeavesTheDerivationItStartedFromAsItWas() {
    ChecklistDerivation start = ChecklistDerivation.from(builtIn);
    ChecklistDerivation fewer = start.drop("notice-given");
    assertTrue(start.itemIds().contains("notice-given"));
    assertEquals(builtIn.items().size() - 1, fewer.itemIds().size());
  }

  @Test
  void droppingAnItemThatIsNotThereFails() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () -> ChecklistDerivation.from(builtIn).drop("notice-given").drop("notice-given"));
    assertEquals(
        "cannot drop item 'notice-given': no such item in the checklist derived from"
            + " coproduction-police 1.0",
        e.getMessage());
  }

  @Test
  void changingTheWeightOfAnUnknownItemFails() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () -> ChecklistDerivation.from(builtIn).weight("notice", 2));
    assertEquals(
        "cannot weigh item 'notice': no such item in the checklist derived from"
            + " coproduction-police 1.0",
        e.getMessage());
  }

  @Test
  void aWeightOfZeroFails() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () -> ChecklistDerivation.from(builtIn).weight("notice-given", 0));
    assertEquals("weight: must be a number more than 0, was 0", e.getMessage());
  }

  @Test
  void addingAnItemWithAnIdInUseFails() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () -> ChecklistDerivation.from(builtIn).add(ownItem("notice-given", Map.of())));
    assertEquals(
        "cannot add item 'notice-given': the checklist already has an item with that id",
        e.getMessage());
  }

  @Test
  void reusingTheIdOfADroppedItemForANewItemFails() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () ->
                ChecklistDerivation.from(builtIn)
                    .drop("notice-given")
                    .add(ownItem("notice-given", Map.of())));
    assertEquals(
        "cannot add item 'notice-given': coproduction-police 1.0 has an item with that id;"
            + " choose a new id for a new item",
        e.getMessage());
  }

  @Test
  void anAddedItemMustMapOnlyToTheBasesFrameworks() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () ->
                ChecklistDerivation.from(builtIn)
                    .add(ownItem("minutes-in-easy-read", Map.of("own", List.of("access"))))
                    .derive("riverside-checklist", "2.1", "Riverside checklist"));
    assertEquals(
        "items[36].principles.own: framework 'own' is not one of the checklist's frameworks",
        e.getMessage());
  }

  @Test
  void aDerivedChecklistNeedsItsOwnIdOrVersion() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () -> ChecklistDerivation.from(builtIn).derive("coproduction-police", "1.0", "Same"));
    assertEquals(
        "basedOn: a checklist cannot be based on itself: give the derived one its own id or version",
        e.getMessage());
  }

  @Test
  void droppingEveryItemFails() {
    ChecklistDerivation d = ChecklistDerivation.from(builtIn);
    for (String id : builtIn.itemIds()) {
      d = d.drop(id);
    }
    ChecklistDerivation none = d;
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> none.derive("empty", "1", "Empty"));
    assertEquals("items: a checklist needs at least one item", e.getMessage());
  }

  @Test
  void ownWordingReplacesTextsAndKeepsEverythingElse() {
    LocaleTexts texts =
        LocaleTexts.parse(
            "en-GB",
            "notice-given.statement = We had at least two weeks' notice of every meeting.\n"
                + "notice-given.easyRead = We knew about each meeting two weeks before.\n");
    Checklist ours =
        ChecklistDerivation.from(builtIn).texts(texts).derive("ours", "1.0", "Our wording");
    ChecklistItem original = builtIn.item("notice-given").orElseThrow();
    ChecklistItem reworded = ours.item("notice-given").orElseThrow();
    assertEquals("We had at least two weeks' notice of every meeting.", reworded.statement());
    assertEquals("We knew about each meeting two weeks before.", reworded.easyRead());
    assertEquals(
        ChecklistItem.copyOf(original)
            .statement(reworded.statement())
            .easyRead(reworded.easyRead())
            .build(),
        reworded);
    assertEquals(builtIn.itemIds(), ours.itemIds());
  }

  @Test
  void textsForAnUnknownItemFailWithTheirLine() {
    LocaleTexts texts =
        LocaleTexts.parse(
            "en-GB", "# Our wording\n\nnotice-givn.statement = We had two weeks' notice.\n");
    CoProductionException e =
        assertThrows(
            CoProductionException.class, () -> ChecklistDerivation.from(builtIn).texts(texts));
    assertEquals(
        "line 3: no item 'notice-givn' in checklist coproduction-police 1.0", e.getMessage());
  }

  @Test
  void textsForADroppedItemAreLeftUnused() {
    LocaleTexts texts =
        LocaleTexts.parse(
            "en-GB",
            "notice-given.easyRead = Two weeks.\nvenue-access.easyRead = We could all get in.\n");
    Checklist ours =
        ChecklistDerivation.from(builtIn)
            .drop("notice-given")
            .texts(texts)
            .derive("ours", "1.0", "Our checklist");
    assertTrue(ours.item("notice-given").isEmpty());
    assertEquals("We could all get in.", ours.item("venue-access").orElseThrow().easyRead());
  }

  @Test
  void oneTranslationOfTheWholeChecklistServesADerivationThatDropsItems() {
    // A translator's file covers every item of the base, as the template does; the derivation
    // drops an item before and another after reading it, and still gets the new language.
    LocaleTexts whole = LocaleTexts.parse("cy", LocaleTexts.template(builtIn));
    Checklist ours =
        ChecklistDerivation.from(builtIn)
            .drop("commissioning-rewards-coproduction")
            .texts(whole)
            .drop("notice-given")
            .derive("ours", "1.0", "Ein rhestr wirio");
    assertEquals("cy", ours.language());
    assertEquals(builtIn.items().size() - 2, ours.items().size());
  }

  @Test
  void aTranslationMustCoverEveryKeptItem() {
    LocaleTexts partial =
        LocaleTexts.parse(
            "cy",
            "notice-given.statement = Cafodd pobl wybod am bob cyfarfod bythefnos ymlaen llaw.\n"
                + "notice-given.easyRead = Roedd pobl yn gwybod am bob cyfarfod bythefnos cyn.\n");
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () ->
                ChecklistDerivation.from(builtIn)
                    .texts(partial)
                    .derive("gwirio", "1.0", "Rhestr wirio"));
    assertEquals(
        "item 'involved-from-start' has no statement in cy; every item kept from"
            + " coproduction-police 1.0 needs both texts in the new language",
        e.getMessage());
  }

  @Test
  void aFullTranslationGivesAChecklistInThatLanguage() {
    // Stands in for a real translation: every text of the template, marked as Welsh.
    String template = LocaleTexts.template(builtIn);
    String welsh = template.replace(" = ", " = [cy] ");
    ChecklistItem own = ownItem("minutes-in-easy-read", Map.of());
    Checklist cy =
        ChecklistDerivation.from(builtIn)
            .add(own)
            .texts(LocaleTexts.parse("cy", welsh))
            .derive("gwirio", "1.0", "Rhestr wirio");
    assertEquals("cy", cy.language());
    assertEquals(builtIn.items().size() + 1, cy.items().size());
    for (ChecklistItem item : cy.items()) {
      if (!item.id().equals(own.id())) {
        assertTrue(item.statement().startsWith("[cy] "), item.id());
        assertTrue(item.easyRead().startsWith("[cy] "), item.id());
      }
    }
  }
}
