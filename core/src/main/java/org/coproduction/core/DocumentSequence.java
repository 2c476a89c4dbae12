package org.coproduction.core;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Spliterator;
import java.util.function.Consumer;
import org.coproduction.core.internal.json.JsonSupport;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonParserDelegate;
import tools.jackson.databind.JsonNode;

/**
 * Reads the documents of one input one at a time, for {@link Documents#readAll}: either the
 * elements of one JSON array or documents one after another. Only the element being read is held in
 * memory, and the limits on size and nesting apply to each element rather than to the input.
 *
 * <p>Not thread-safe, like any stream source: one stream reads it.
 */
final class DocumentSequence<T extends Document> implements Spliterator<T> {
  private enum State {
    NOT_STARTED,
    IN_ARRAY,
    ONE_AFTER_ANOTHER,
    DONE
  }

  private final Reader json;
  private final Class<T> type;
  private final DocumentType meta;
  private final long maxElementChars;
  private CountingReader input;
  private State state = State.NOT_STARTED;
  private JsonParser parser;
  private ElementParser element;

  /** The index of the element being read, which is also how many were delivered. */
  private long index;

  /** Where the element being read starts, once its first token is read; otherwise 0. */
  private int elementLine;

  /**
   * A sequence over {@code json}, which is read from where it stands (a byte-order mark there is
   * skipped) only when the first element is asked for; no element may be longer than {@code
   * maxElementChars}.
   */
  DocumentSequence(Reader json, Class<T> type, DocumentType meta, long maxElementChars) {
    this.json = json;
    this.type = type;
    this.meta = meta;
    this.maxElementChars = maxElementChars;
  }

  /** Frees the parser's buffers. The input itself is the caller's to close. */
  void close() {
    state = State.DONE;
    if (parser != null) {
      try {
        parser.close();
      } catch (JacksonException e) {
        throw unchecked(e);
      }
    }
  }

  @Override
  public boolean tryAdvance(Consumer<? super T> action) {
    if (state == State.DONE) {
      return false;
    }
    T next;
    try {
      next = next();
    } catch (RuntimeException | Error e) {
      // A refused element ends the stream: what follows it cannot be trusted to be in step.
      state = State.DONE;
      throw e;
    }
    if (next == null) {
      state = State.DONE;
      return false;
    }
    index++;
    action.accept(next);
    return true;
  }

  /** The next document, or null at the end of the input. */
  private T next() {
    elementLine = 0;
    try {
      if (firstTokenOfNextElement() == null) {
        return null;
      }
    } catch (JacksonException e) {
      throw refused(e);
    }
    JsonNode tree;
    try {
      TokenStreamLocation start = parser.currentTokenLocation();
      elementLine = start.getLineNr();
      element.start(start.getCharOffset(), state == State.IN_ARRAY ? 1 : 0);
      tree = JsonSupport.sequenceMapper().readTree(element);
    } catch (JacksonException e) {
      throw refused(e);
    } catch (CoProductionException e) {
      throw located(e);
    }
    try {
      return Documents.bind(tree, type, meta);
    } catch (CoProductionException e) {
      throw located(e);
    }
  }

  private RuntimeException refused(JacksonException e) {
    if (e.getCause() instanceof IOException) {
      return unchecked(e);
    }
    if (JsonSupport.isSyntaxError(e)) {
      // The syntax error has its own line and column; the element's start would add nothing.
      return CoProductionException.of(JsonSupport.syntaxProblem(e)).inElement(index, "");
    }
    if (elementLine == 0 && parser != null) {
      // Refused at the element's first token, such as a number of too many digits, which does not
      // span lines: the element starts on the line where the parser stopped.
      elementLine = parser.currentLocation().getLineNr();
    }
    return located(withinElement(JsonSupport.translate(e, meta.name() + " document", parser)));
  }

  /**
   * A problem whose path the parser gave, with the path made relative to the element: in an array,
   * the parser's path starts with the element's index, which {@link #located} adds.
   */
  private CoProductionException withinElement(CoProductionException e) {
    String path = e.path();
    if (state != State.IN_ARRAY || !path.startsWith("[")) {
      return e;
    }
    int end = path.indexOf(']') + 1;
    path = path.substring(end).startsWith(".") ? path.substring(end + 1) : path.substring(end);
    return CoProductionException.at(path, e.problem());
  }

  /** Moves to the first token of the next element: null when there is none. */
  private JsonToken firstTokenOfNextElement() {
    switch (state) {
      case NOT_STARTED:
        input = new CountingReader(Documents.withoutByteOrderMark(json));
        parser = JsonSupport.sequenceMapper().createParser(input);
        element = new ElementParser(parser);
        JsonToken first = parser.nextToken();
        if (first == JsonToken.START_ARRAY) {
          state = State.IN_ARRAY;
          return firstTokenOfNextElement();
        }
        state = State.ONE_AFTER_ANOTHER;
        return first;
      case IN_ARRAY:
        JsonToken token = parser.nextToken();
        if (token != JsonToken.END_ARRAY) {
          return token;
        }
        if (parser.nextToken() != null) {
          throw CoProductionException.of(
                  "not valid JSON at "
                      + lineAndColumn(parser.currentTokenLocation())
                      + ": more content after the end of the array")
              .inElement(index, "");
        }
        return null;
      case ONE_AFTER_ANOTHER:
        return parser.nextToken();
      default:
        return null;
    }
  }

  private static String lineAndColumn(TokenStreamLocation location) {
    return "line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  /** A problem with the element's content, with its index and the line where it starts. */
  private CoProductionException located(CoProductionException e) {
    return e.inElement(
        index, elementLine > 0 ? "(element starts on line " + elementLine + ")" : "");
  }

  private static RuntimeException unchecked(JacksonException e) {
    return e.getCause() instanceof IOException io ? new UncheckedIOException(io) : e;
  }

  @Override
  public Spliterator<T> trySplit() {
    // Splitting would read ahead and hold elements in memory; a sequence is read in order.
    return null;
  }

  @Override
  public long estimateSize() {
    return Long.MAX_VALUE;
  }

  @Override
  public int characteristics() {
    return ORDERED | NONNULL;
  }

  /**
   * The parser as the tree reader sees it while it reads one element: after each token it checks
   * the element's length and nesting against the limits for one document.
   */
  private final class ElementParser extends JsonParserDelegate {
    private long startOffset;
    private int baseDepth;

    ElementParser(JsonParser parser) {
      super(parser);
    }

    void start(long offset, int depthOfContainer) {
      startOffset = offset;
      baseDepth = depthOfContainer;
      // The first token is already read: an element that is a whole array or object starts here.
      checkDepth();
    }

    @Override
    public JsonToken nextToken() {
      return checked(super.nextToken());
    }

    @Override
    public String nextName() {
      String name = super.nextName();
      checkLength();
      return name;
    }

    @Override
    public boolean nextName(SerializableString name) {
      boolean matches = super.nextName(name);
      checkLength();
      return matches;
    }

    @Override
    public int nextNameMatch(PropertyNameMatcher matcher) {
      int match = super.nextNameMatch(matcher);
      checkLength();
      return match;
    }

    @Override
    public JsonToken nextValue() {
      return checked(super.nextValue());
    }

    @Override
    public JsonParser skipChildren() {
      super.skipChildren();
      checkLength();
      return this;
    }

    /** Checks the limits after a token is read: the length always, the nesting on an opening. */
    private JsonToken checked(JsonToken token) {
      checkLength();
      if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
        checkDepth();
      }
      return token;
    }

    private void checkDepth() {
      if (streamReadContext().getNestingDepth() - baseDepth > JsonSupport.MAX_NESTING_DEPTH) {
        throw withinElement(
            CoProductionException.at(
                JsonSupport.pathOf(delegate()),
                JsonSupport.tooDeep() + " " + JsonSupport.at(delegate())));
      }
    }

    /**
     * Counting the characters handed to the parser is cheap, but runs ahead of the parser by up to
     * one buffer; only when that count passes the limit is the parser's exact position asked.
     */
    private void checkLength() {
      if (input.count - startOffset > maxElementChars
          && delegate().currentLocation().getCharOffset() - startOffset > maxElementChars) {
        throw CoProductionException.of(
            JsonSupport.tooLong(meta.name() + " document", maxElementChars));
      }
    }
  }

  /** Counts the characters the parser has taken from the input. */
  private static final class CountingReader extends FilterReader {
    long count;

    CountingReader(Reader in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0) {
        count++;
      }
      return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count += skipped;
      return skipped;
    }

    @Override
    public void close() {
      // The input belongs to whoever opened it.
    }
  }
}
