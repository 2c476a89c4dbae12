package org.coproduction.checklist.jsonschema;

import static org.quicktheories.QuickTheory.qt;

import org.coproduction.checklist.ChecklistGenerators;
import org.coproduction.core.Document;
import org.coproduction.core.Documents;
import org.coproduction.testsupport.SchemaCheck;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Every checklist and response set the generators make, written by the library, matches its schema.
 */
class ChecklistSchemaProperties {
  private static void everyWrittenDocumentMatches(String name, Gen<? extends Document> documents) {
    SchemaCheck schema = SchemaCheck.of(ChecklistSchemasTest.FOLDER + name + ".schema.json");
    qt().forAll(documents).checkAssert(d -> schema.assertAccepts(Documents.write(d)));
  }

  @Test
  void everyWrittenChecklistMatchesItsSchema() {
    everyWrittenDocumentMatches("checklist", ChecklistGenerators.checklists());
  }

  @Test
  void everyWrittenResponseSetMatchesItsSchema() {
    everyWrittenDocumentMatches("response-set", ChecklistGenerators.responseSets());
  }
}
