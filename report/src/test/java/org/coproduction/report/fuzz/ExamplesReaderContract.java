package org.coproduction.report.fuzz;

import org.coproduction.core.CoProductionException;
import org.coproduction.core.Document;
import org.coproduction.core.Documents;
import org.coproduction.testsupport.ReaderContract.Format;

/**
 * The readers' contract ({@link org.coproduction.testsupport.ReaderContract}) for the documents of
 * this module, read and written by {@link Documents}.
 */
final class ExamplesReaderContract {
  private ExamplesReaderContract() {}

  /**
   * Reads the input as a document of the given type and checks the contract; the value when it
   * read, or {@code null} when it was refused.
   */
  static <T extends Document> T check(byte[] input, Class<T> type) {
    return org.coproduction.testsupport.ReaderContract.check(
        input,
        new Format<>(
            json -> Documents.read(json, type),
            reader -> Documents.read(reader, type),
            Documents::write,
            CoProductionException.class,
            CoProductionException::problem,
            CoProductionException::path));
  }
}
