package org.coproduction.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.coproduction.core.CoProductionException;
import org.junit.jupiter.api.Test;

class LocaleTextsTest {

  private static String failure(String content) {
    return assertThrows(CoProductionException.class, () -> LocaleTexts.parse("en-GB", content))
        .getMessage();
  }

  @Test
  void readsStatementsAndEasyReadsSkippingCommentsAndBlankLines() {
    LocaleTexts texts =
        LocaleTexts.parse(
            "cy",
            "\uFEFF# Welsh texts\r\n\r\n"
                + "notice-given.statement =  Roedd rhybudd o bythefnos.  \r\n"
                + "  notice-given.easyRead=Pythefnos o rybudd = da.\n"
                + "venue-access.statement = Roedd y lle yn hygyrch.");
    assertEquals("cy", texts.language());
    assertEquals(
        Map.of(
            "notice-given", "Roedd rhybudd o bythefnos.",
            "venue-access", "Roedd y lle yn hygyrch."),
        texts.statements());
    assertEquals(Map.of("notice-given", "Pythefnos o rybudd = da."), texts.easyReads());
  }

  @Test
  void aLineWithoutAnEqualsSignFailsWithItsNumber() {
    assertEquals(
        "line 2: expected 'item-id.statement = text' or 'item-id.easyRead = text'",
        failure("# texts\nnotice-given.statement We had notice.\n"));
  }

  @Test
  void aLineWithoutAKeyFailsWithItsNumber() {
    assertEquals(
        "line 1: expected 'item-id.statement = text' or 'item-id.easyRead = text'",
        failure("notice-given = We had notice.\n"));
  }

  @Test
  void anUnknownKeyFailsWithItsNumber() {
    assertEquals(
        "line 1: unknown key after item id 'notice-given': use statement or easyRead",
        failure("notice-given.title = Notice\n"));
  }

  @Test
  void aBlankTextFailsWithItsNumber() {
    assertEquals("line 1: the text must not be blank", failure("notice-given.easyRead =   \n"));
  }

  @Test
  void aSecondTextForOneItemAndKeyFailsNamingTheFirst() {
    assertEquals(
        "line 3: item 'notice-given' already has a statement at line 1",
        failure(
            "notice-given.statement = One.\n"
                + "notice-given.easyRead = Two.\n"
                + "notice-given.statement = Three.\n"));
  }

  @Test
  void aLineWithoutAnItemIdBeforeItsDotFailsAsAMissingItemId() {
    assertEquals(
        "line 1: the item id must be 1 to 64 letters, digits, '.', '_' or '-', starting with a"
            + " letter or digit",
        failure(".statement = text\n"));
  }

  @Test
  void aMalformedItemIdFailsWithoutRepeatingIt() {
    assertEquals(
        "line 1: the item id must be 1 to 64 letters, digits, '.', '_' or '-', starting with a"
            + " letter or digit",
        failure("Mary Smith.statement = text\n"));
  }

  @Test
  void aLanguageThatIsNotATagFails() {
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> LocaleTexts.parse("Welsh", ""));
    assertEquals("language: must be a language tag such as en, en-GB or cy", e.getMessage());
  }

  @Test
  void theTemplateOfAChecklistReadsBackAsItsOwnTexts() {
    Checklist builtIn = BuiltInChecklist.get();
    LocaleTexts texts = LocaleTexts.parse("en-GB", LocaleTexts.template(builtIn));
    assertEquals(builtIn.itemIds().size(), texts.statements().size());
    for (ChecklistItem item : builtIn.items()) {
      assertEquals(item.statement(), texts.statements().get(item.id()));
      assertEquals(item.easyRead(), texts.easyReads().get(item.id()));
    }
    Checklist same = ChecklistDerivation.from(builtIn).texts(texts).derive("same", "1.0", "Same");
    assertEquals(builtIn.items(), same.items());
  }
}
