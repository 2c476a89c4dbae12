package org.coproduction.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Reader;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import org.coproduction.core.internal.json.JsonSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the reader says about each kind of wrong value, word for word, for every kind of field a
 * document type may have. The library's own documents have no fractional or Instant fields, but
 * other modules' documents do; a small document type of the tests' own stands in for them.
 */
class ReaderMessagesTest {
  /** A document whose name starts with a vowel and which has one field of each kind. */
  @DocumentType(name = "agreement", schemaVersion = 1)
  record Agreement(
      @JsonProperty("share") double share,
      @JsonProperty("weight") float weight,
      @JsonProperty("small") short small,
      @JsonProperty("big") long big,
      @JsonProperty("count") int count,
      @JsonProperty("signed") Instant signed,
      @JsonProperty("month") YearMonth month,
      @JsonProperty("day") LocalDate day,
      @JsonProperty("time") LocalTime time,
      @JsonProperty("hours") Duration hours,
      @JsonProperty("flag") boolean flag,
      @JsonProperty("weekday") DayOfWeek weekday,
      @JsonProperty("tags") List<String> tags,
      @JsonProperty("source") Source source)
      implements Document {}

  private static final String GOOD =
      """
      {"schemaVersion":1,"share":0.5,"weight":1.5,"small":1,"big":2,"count":3,\
      "signed":"2026-03-14T10:30:00Z","month":"2026-03","day":"2026-03-14","time":"10:30",\
      "hours":"PT2H","flag":true,"weekday":"MONDAY","tags":["a"],\
      "source":{"document":"x.txt","section":"One"}}""";

  private static CoProductionException fails(String json) {
    return assertThrows(CoProductionException.class, () -> Documents.read(json, Agreement.class));
  }

  /** Replaces exactly one occurrence, so a case cannot pass because its edit missed. */
  private static String edit(String field, String value) {
    String json =
        GOOD.replaceFirst(
            "\"" + field + "\":(\"[^\"]*\"|\\[[^\\]]*\\]|\\{[^}]*\\}|[^,}]*)",
            java.util.regex.Matcher.quoteReplacement("\"" + field + "\":" + value));
    if (json.equals(GOOD)) {
      throw new AssertionError("the edit of " + field + " missed");
    }
    return json;
  }

  @Test
  void theAgreementReadsAsItStands() {
    Agreement a = Documents.read(GOOD, Agreement.class);
    assertEquals(DayOfWeek.MONDAY, a.weekday());
    assertEquals(Source.of("x.txt", "One"), a.source());
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "share   | \"half\"        | wrong kind of value: expected a number",
        "weight  | []              | wrong kind of value: expected a number",
        "count   | {}              | wrong kind of value: expected a whole number",
        "big     | 1.5             | wrong kind of value: expected a whole number",
        "flag    | \"yes\"         | wrong kind of value: expected true or false",
        "flag    | {}              | wrong kind of value: expected true or false",
        "flag    | 1               | wrong kind of value: expected true or false",
        "flag    | 0               | wrong kind of value: expected true or false",
        "day     | 20000           | wrong kind of value: expected an ISO-8601 LocalDate such as 2026-03-14",
        "day     | \"14/03/2026\"  | wrong kind of value: expected an ISO-8601 LocalDate such as 2026-03-14",
        "time    | \"noon\"        | wrong kind of value: expected an ISO-8601 LocalTime such as 10:30",
        "hours   | {}              | wrong kind of value: expected an ISO-8601 Duration such as PT2H30M",
        "signed  | {}              | wrong kind of value: expected an ISO-8601 Instant such as 2026-03-14T10:30:00Z",
        "month   | {}              | wrong kind of value: expected an ISO-8601 YearMonth such as in the ISO format",
        "tags    | \"a\"           | wrong kind of value: expected a list",
        "source  | \"x.txt\"       | wrong kind of value: expected an object",
        "weekday | \"FUNDAY\"      | must be one of MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY or SUNDAY",
        "weekday | 1               | must be one of MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY or SUNDAY",
        "weekday | {}              | must be one of MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY or SUNDAY",
        "count   | 99999999999     | must be a whole number from -2147483648 to 2147483647",
        "big     | 99999999999999999999 | must be a whole number from -9223372036854775808 to 9223372036854775807",
        "small   | 100000          | must be a smaller number",
      })
  void aWrongValueIsNamedWithWhatWasExpected(String field, String value, String problem) {
    CoProductionException e = fails(edit(field, value));
    assertEquals(field, e.path());
    assertEquals(problem, e.problem());
  }

  @Test
  void aDocumentThatIsNotAnObjectIsNamedWithTheRightArticle() {
    assertEquals("an agreement document must be a JSON object", fails("[]").getMessage());
  }

  @Test
  void aFieldNameLongerThanTheLimitIsRefused() {
    CoProductionException e = fails(GOOD.replace("\"share\"", "\"" + "s".repeat(201) + "\""));
    assertEquals("", e.path());
    assertEquals(
        "the agreement document is too large or too deeply nested to read safely (a field name is"
            + " longer than 200 characters)",
        e.problem());
  }

  @Test
  void aNumberWithTooManyDigitsIsRefused() {
    CoProductionException e = fails(edit("count", "1".repeat(101)));
    assertEquals(
        "the agreement document is too large or too deeply nested to read safely (a number has"
            + " more than 100 digits)",
        e.problem());
  }

  @Test
  void aDocumentLongerThanTheLimitIsRefusedWhileItIsRead() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () -> Documents.read(new Blanks(JsonSupport.MAX_DOCUMENT_CHARS + 1), Agreement.class));
    assertEquals(
        "the agreement document is too large or too deeply nested to read safely (longer than "
            + JsonSupport.MAX_DOCUMENT_CHARS
            + " characters)",
        e.problem());
  }

  /** An opening brace followed by blanks, made as it is read so the test holds no large text. */
  private static final class Blanks extends Reader {
    private long left;
    private boolean started;

    Blanks(long length) {
      this.left = length;
    }

    @Override
    public int read(char[] buf, int off, int len) {
      if (left <= 0) {
        return -1;
      }
      int n = (int) Math.min(len, left);
      java.util.Arrays.fill(buf, off, off + n, ' ');
      if (!started) {
        buf[off] = '{';
        started = true;
      }
      left -= n;
      return n;
    }

    @Override
    public void close() {}
  }
}
