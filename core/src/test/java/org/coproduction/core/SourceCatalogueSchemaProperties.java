package org.coproduction.core;

import static org.quicktheories.QuickTheory.qt;

import org.coproduction.testsupport.SchemaCheck;
import org.junit.jupiter.api.Test;

/**
 * Every source catalogue the generators make, written by the library, matches its JSON Schema. It
 * sits in this package because the catalogue generators do.
 */
class SourceCatalogueSchemaProperties {
  @Test
  void everyWrittenSourceCatalogueMatchesItsSchema() {
    SchemaCheck schema =
        SchemaCheck.of("/org/coproduction/core/json-schema/source-catalogue.schema.json");
    qt().forAll(SourceCatalogueProperties.catalogues())
        .checkAssert(c -> schema.assertAccepts(Documents.write(c)));
  }
}
