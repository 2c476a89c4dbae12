package org.coproduction.report.batch;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Documents;
import org.coproduction.report.Evaluation;

/**
 * Reads a JSON-lines file of evaluations (one evaluation document a line) one line at a time, so a
 * file of thousands needs memory for one. Unlike {@link Documents#readAll(Reader, Class)}, which
 * stops at the first element it cannot read, a bad line here becomes a failed {@link
 * EvaluationInput} naming its line, and the lines after it are still read: in a programme's yearly
 * file, one project's mistake should not hide everybody else's report.
 *
 * <p>Blank lines are skipped, a line may end in {@code \n} or {@code \r\n}, and each line is
 * limited to {@link Documents#MAX_DOCUMENT_SIZE} characters, as a single document is; a longer line
 * is reported without being held in memory. Only a fault of the file itself (it cannot be read, or
 * it is not UTF-8 text) ends the reading, with one last failed input saying so.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class EvaluationLines {
  private EvaluationLines() {}

  /**
   * Reads the evaluations of a JSON-lines text, one at a time, without closing the reader.
   *
   * @param lines the text, one evaluation document a line
   * @param name what to call the text in each input's {@link EvaluationInput#source()}, such as the
   *     file's path
   * @return one input per line that is not blank, in the order of the text; read lazily, in order
   *     and not in parallel
   */
  public static Stream<EvaluationInput> read(Reader lines, String name) {
    return StreamSupport.stream(new Lines(lines, name, Documents.MAX_DOCUMENT_SIZE), false);
  }

  /** {@link #read(Reader, String)} with another limit on a line, so tests can reach it. */
  static Stream<EvaluationInput> read(Reader lines, String name, long maxLineChars) {
    return StreamSupport.stream(new Lines(lines, name, maxLineChars), false);
  }

  /** The lines, as a spliterator that reads one line each time it is asked. */
  private static final class Lines extends Spliterators.AbstractSpliterator<EvaluationInput> {
    private final Reader reader;
    private final String name;
    private final long maxLineChars;
    private final StringBuilder line = new StringBuilder();
    private int lineNumber;
    private boolean ended;

    Lines(Reader reader, String name, long maxLineChars) {
      super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
      // Read a character at a time, so a long line is never held whole; the buffer keeps it fast.
      this.reader = reader instanceof BufferedReader ? reader : new BufferedReader(reader);
      this.name = name;
      this.maxLineChars = maxLineChars;
    }

    @Override
    public boolean tryAdvance(Consumer<? super EvaluationInput> action) {
      while (!ended) {
        EvaluationInput next;
        try {
          next = nextLine();
        } catch (CharacterCodingException e) {
          ended = true;
          next = failed("is not UTF-8 text here, so it and the lines after it cannot be read");
        } catch (IOException e) {
          ended = true;
          next = failed("cannot be read from here on (" + e.getClass().getSimpleName() + ")");
        }
        if (next != null) {
          action.accept(next);
          return true;
        }
      }
      return false;
    }

    /** The next line that is not blank, or {@code null} when there is none. */
    private EvaluationInput nextLine() throws IOException {
      line.setLength(0);
      lineNumber++;
      boolean tooLong = false;
      int c;
      while ((c = reader.read()) != -1 && c != '\n') {
        if (line.length() < maxLineChars) {
          line.append((char) c);
        } else {
          tooLong = true;
        }
      }
      if (c == -1) {
        ended = true;
      }
      if (tooLong) {
        return failed(
            "the line is longer than "
                + maxLineChars
                + " characters, the most one evaluation may have, so it was not read");
      }
      String text = line.toString().strip();
      if (text.isEmpty()) {
        return null;
      }
      try {
        return EvaluationInput.read(source(), Documents.read(text, Evaluation.class));
      } catch (CoProductionException e) {
        // The document is this one line, so its own line number says nothing.
        return failed(e.getMessage().replaceFirst("^line 1, column ", "column "));
      } catch (UncheckedIOException e) {
        return failed("cannot be read (" + e.getCause().getClass().getSimpleName() + ")");
      }
    }

    private EvaluationInput failed(String problem) {
      return EvaluationInput.failed(source(), problem);
    }

    private String source() {
      return name + ", line " + lineNumber;
    }
  }
}
