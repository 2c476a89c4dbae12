package org.coproduction.core.jsonschema;

import static org.quicktheories.QuickTheory.qt;

import org.coproduction.core.Document;
import org.coproduction.core.Documents;
import org.coproduction.core.initiative.InitiativeGenerators;
import org.coproduction.core.ledger.LedgerGenerators;
import org.coproduction.core.practice.RecommendationGenerators;
import org.coproduction.core.principle.PrincipleGenerators;
import org.coproduction.testsupport.SchemaCheck;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Every document the generators make, written by the library, matches its JSON Schema. */
class CoreSchemaProperties {
  private static void everyWrittenDocumentMatches(String name, Gen<? extends Document> documents) {
    SchemaCheck schema = SchemaCheck.of(CoreSchemasTest.FOLDER + name + ".schema.json");
    qt().forAll(documents).checkAssert(d -> schema.assertAccepts(Documents.write(d)));
  }

  @Test
  void everyWrittenInitiativeMatchesItsSchema() {
    everyWrittenDocumentMatches("initiative", InitiativeGenerators.initiatives());
    everyWrittenDocumentMatches("initiative", InitiativeGenerators.initiativesWithMeetings());
  }

  @Test
  void everyWrittenLedgerMatchesItsSchema() {
    everyWrittenDocumentMatches("reciprocity-ledger", LedgerGenerators.ledgers());
    everyWrittenDocumentMatches("reciprocity-ledger", LedgerGenerators.busyLedgers());
  }

  @Test
  void everyWrittenFrameworkMatchesItsSchema() {
    everyWrittenDocumentMatches("principle-framework", PrincipleGenerators.frameworks());
  }

  @Test
  void everyWrittenCatalogueMatchesItsSchema() {
    everyWrittenDocumentMatches("recommendation-catalogue", RecommendationGenerators.catalogues());
  }
}
