package org.coproduction.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Documents;
import org.junit.jupiter.api.Test;

/**
 * Texts in the new language may come from several files, and only texts in the language the
 * checklist ends up in count towards translating it.
 */
class ChecklistDerivationLanguagesTest {
  private static final String STATEMENTS_CY =
      "notice-given.statement = Cafodd pobl wybod am bob cyfarfod bythefnos ymlaen llaw.\n"
          + "minutes-in-easy-read.statement = Anfonwyd nodiadau pob cyfarfod mewn iaith hawdd.\n";
  private static final String EASY_READS_CY =
      "notice-given.easyRead = Cafodd pobl wybod yn gynnar.\n"
          + "minutes-in-easy-read.easyRead = Cafodd pobl y nodiadau mewn iaith hawdd.\n";
  private static final String STATEMENTS_FR =
      "notice-given.statement = Chaque réunion a été annoncée deux semaines avant.\n"
          + "minutes-in-easy-read.statement = Les notes ont été envoyées en version facile.\n";

  private static ChecklistDerivation riverside() throws IOException {
    String json =
        Files.readString(
            Path.of("src", "test", "resources", "golden", "checklist.json"),
            StandardCharsets.UTF_8);
    return ChecklistDerivation.from(Documents.read(json, Checklist.class));
  }

  @Test
  void textsInOneLanguageMayComeFromTwoFiles() throws IOException {
    Checklist welsh =
        riverside()
            .texts(LocaleTexts.parse("cy", STATEMENTS_CY))
            .texts(LocaleTexts.parse("cy", EASY_READS_CY))
            .derive("riverside-cy", "1", "Rhestr wirio Glan yr Afon");
    assertEquals("cy", welsh.language());
    assertEquals("Cafodd pobl wybod yn gynnar.", welsh.items().get(0).easyRead());
    assertEquals(
        "Cafodd pobl wybod am bob cyfarfod bythefnos ymlaen llaw.",
        welsh.items().get(0).statement());
  }

  @Test
  void textsInALanguageLeftBehindDoNotCountForTheNewOne() throws IOException {
    ChecklistDerivation d =
        riverside()
            .texts(LocaleTexts.parse("cy", STATEMENTS_CY))
            .texts(LocaleTexts.parse("cy", EASY_READS_CY))
            .texts(LocaleTexts.parse("fr", STATEMENTS_FR));
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> d.derive("riverside-fr", "1", "Liste"));
    assertEquals(
        "item 'notice-given' has no easyRead in fr; every item kept from riverside-checklist 2.1"
            + " needs both texts in the new language",
        e.getMessage());
  }
}
