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
      @JsonProperty("days") java.util.Set<DayOfWeek> days,
      @JsonProperty("dates") java.util.Set<LocalDate> dates,
      @JsonProperty("source") Source source)
      implements Document {}

  private static final String GOOD =
      """
      {"schemaVersion":1,"share":0.5,"weight":1.5,"small":1,"big":2,"count":3,\
      "signed":"2026-03-14T10:30:00Z","month":"2026-03","day":"2026-03-14","time":"10:30",\
      "hours":"PT2H","flag":true,"weekday":"MONDAY","tags":["a"],"days":["MONDAY"],\
      "dates":["2026-03-14"],\
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
        "day     | 20000           | must be a date written year-month-day, such as 2026-03-14",
        "day     | \"14/03/2026\"  | must be a date written year-month-day, such as 2026-03-14",
        "day     | \"2025-02-30\"  | is not a date in the calendar: check the day and the month",
        "day     | \"2025-13-01\"  | is not a date in the calendar: check the day and the month",
        "day     | \" 2025-01-30 \" | must be a date written year-month-day, such as 2026-03-14, with no spaces around it",
        "day     | \"2025-01-30 \" | must be a date written year-month-day, such as 2026-03-14, with no spaces around it",
        "day     | []              | must be a date written year-month-day, such as 2026-03-14",
        "day     | {}              | must be a date written year-month-day, such as 2026-03-14",
        "time    | \"noon\"        | must be a time of day on the 24-hour clock, such as 10:30",
        "time    | \"25:00\"       | is not a time of day: hours go from 00 to 23 and minutes from 00 to 59",
        "time    | \" 10:30\"      | must be a time of day on the 24-hour clock, such as 10:30, with no spaces around it",
        "time    | []              | must be a time of day on the 24-hour clock, such as 10:30",
        "hours   | {}              | must be a length of time such as PT2H30M (2 hours 30 minutes) or PT45M (45 minutes)",
        "hours   | 2               | must be a length of time such as PT2H30M (2 hours 30 minutes) or PT45M (45 minutes)",
        "hours   | []              | must be a length of time such as PT2H30M (2 hours 30 minutes) or PT45M (45 minutes)",
        "hours   | \"PT2H \"       | must be a length of time such as PT2H30M (2 hours 30 minutes) or PT45M (45 minutes), with no spaces around it",
        "hours   | \"PT99999999999999999999H\" | is too long a length of time",
        "signed  | {}              | must be a date and time in UTC, such as 2026-03-14T10:30:00Z",
        "month   | {}              | must be a year and month written year-month, such as 2026-03",
        "month   | \"2026-13\"     | is not a month in the calendar: months go from 01 to 12",
        "tags    | \"a\"           | wrong kind of value: expected a list",
        "source  | \"x.txt\"       | wrong kind of value: expected an object",
        "weekday | \"FUNDAY\"      | must be one of MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY or SUNDAY",
        "weekday | 1               | must be one of MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY or SUNDAY",
        "weekday | {}              | must be one of MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY or SUNDAY",
        "weekday | \"\"            | must be one of MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY or SUNDAY",
        "weekday | \"monday\"      | must be one of MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY or SUNDAY",
        "day     | \"\"            | must be a date written year-month-day, such as 2026-03-14",
        "weekday | \"MONDAY \"     | must be one of MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY or SUNDAY, with no spaces around it",
        "weekday | \" MONDAY\"     | must be one of MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY or SUNDAY, with no spaces around it",
        "count   | 99999999999     | must be a whole number between minus and plus 2,147,483,647 (about 2 billion)",
        "big     | 99999999999999999999 | must be a whole number between minus and plus 9,223,372,036,854,775,807 (about 9 billion billion)",
        "small   | 100000          | must be a whole number between minus and plus 32,767",
      })
  void aWrongValueIsNamedWithWhatWasExpected(String field, String value, String problem) {
    CoProductionException e = fails(edit(field, value));
    assertEquals(field, e.path());
    assertEquals(problem, e.problem());
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "days    | [\"MONDAY\",\"MONDAY\"]            | days[1] | is already in this list; each may be listed only once",
        "days    | [\"MONDAY\",\"FRIDAY\",\"FRIDAY\"] | days[2] | is already in this list; each may be listed only once",
        "days    | [\"MONDAY\",\"MONDAY \"]           | days[1] | must be one of MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY or SUNDAY, with no spaces around it",
        "dates   | [\"2026-03-14\",\"2026-03-14\"]    | dates[1] | is already in this list; each may be listed only once",
      })
  void aSetThatListsAValueTwiceIsRefusedAtTheRepeat(
      String field, String value, String path, String problem) {
    CoProductionException e = fails(edit(field, value));
    assertEquals(path, e.path());
    assertEquals(problem, e.problem());
  }

  @Test
  void aSetWithoutRepeatsReads() {
    Agreement a = Documents.read(edit("days", "[\"FRIDAY\",\"MONDAY\"]"), Agreement.class);
    assertEquals(java.util.Set.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY), a.days());
  }

  /** Text that is not JSON, whole, and what the reader says about it, word for word. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "{\"share\": abc}           | line 1, column 11: not valid JSON: a word that JSON does not know: text must be in double quotes, and the only words without quotes are true, false and null",
        "{\"share\": ***}           | line 1, column 11: not valid JSON: expected a value here: text in double quotes, a number, true, false, null, a list in [ ] or an object in { }",
        "{\"share\": NaN}           | line 1, column 14: not valid JSON: NaN and Infinity are not numbers JSON allows: write a number such as 2.5",
        "{\"share\": -Infinity}     | line 1, column 20: not valid JSON: NaN and Infinity are not numbers JSON allows: write a number such as 2.5",
        "{\"share\": 1]             | line 1, column 12: not valid JSON: found ] where } should close the object",
        "[1}                        | line 1, column 3: not valid JSON: found } where ] should close the list",
        "{\"share\": 1}}            | line 1, column 13: not valid JSON: found } with nothing open for it to close",
        "}                          | line 1, column 1: not valid JSON: found } with nothing open for it to close",
        "{\"share\": 1              | line 1, column 12: not valid JSON: the text ends before an object is closed: a } is missing",
        "{\"share\": \"x           | line 1, column 13: not valid JSON: the text ends inside text in quotes: a closing \" is missing",
        "{\"share\" 1}              | line 1, column 10: not valid JSON: expected a colon (:) after the field name",
        "{\"share\": 1 \"big\": 2}  | line 1, column 13: not valid JSON: expected a comma (,) before the next field, or } to end the object",
        "{\"tags\": [\"a\" \"b\"]}   | line 1, column 15: not valid JSON: expected a comma (,) before the next item, or ] to end the list",
        "{share: 1}                 | line 1, column 2: not valid JSON: expected a field name in double quotes (a comma must be followed by another field)",
        "{\"share\": 1,}            | line 1, column 13: not valid JSON: expected a field name in double quotes (a comma must be followed by another field)",
        "{\"share\": 05}            | line 1, column 12: not valid JSON: a number must not start with 0: write 7, not 07",
        "{\"share\": 1.}            | line 1, column 12: not valid JSON: a number is written wrongly: write numbers such as 7, -3 or 2.5",
        "{\"share\": /* half */ 1}  | line 1, column 11: not valid JSON: JSON does not allow comments",
        "{\"big\": 1, \"big\": 2}   | line 1, column 17: not valid JSON: a field is given twice in this object",
        "{\"tags\": [\"a\\qb\"]}    | line 1, column 14: not valid JSON: a backslash inside text in quotes must start \\\\, \\\", \\n, \\t or \\u and four hex digits",
        "`{\"tags\": [\"a\tb\"]}`    | line 1, column 13: not valid JSON: a line break or tab inside text in quotes must be written \\n or \\t",
        "`   `                      | the document is empty: an agreement document is a JSON object, which starts with {",
        "``                         | the document is empty: an agreement document is a JSON object, which starts with {",
        "[]                         | an agreement document must be a JSON object, which starts with {",
      })
  void textThatIsNotJsonIsRefusedInPlainWords(String json, String message) {
    assertEquals(message, fails(json == null ? "" : json).getMessage());
  }

  @Test
  void aDocumentThatIsNotAnObjectIsNamedWithTheRightArticle() {
    assertEquals(
        "an agreement document must be a JSON object, which starts with {",
        fails("[]").getMessage());
  }

  @Test
  void aFieldNameLongerThanTheLimitIsRefusedWithWhereItIs() {
    CoProductionException e = fails(GOOD.replace("\"share\"", "\"" + "s".repeat(201) + "\""));
    assertEquals("", e.path());
    assertEquals(
        "a field name here is longer than 200 characters, too long to read safely (at line 1,"
            + " column 18)",
        e.problem());
  }

  @Test
  void aNumberWithTooManyDigitsIsRefusedWithItsPathAndLine() {
    CoProductionException e = fails(edit("count", "1".repeat(101)));
    assertEquals("count", e.path());
    assertEquals(
        "this number has more than 100 digits, too many to read safely (at line 1, column 63)",
        e.problem());
  }

  @Test
  void aTextLongerThanTheLimitIsRefusedWithItsPathAndLine() {
    CoProductionException e =
        fails(
            GOOD.replace("\"tags\":[\"a\"]", "\"tags\":[\"a\",\n\"" + "x".repeat(100_001) + "\"]"));
    assertEquals("tags[1]", e.path());
    assertEquals(
        "this text is longer than 100,000 characters, too long to read safely (at line 2, column"
            + " 1)",
        e.problem());
  }

  @Test
  void nestingDeeperThanTheLimitIsRefusedWithItsPathAndLine() {
    CoProductionException e =
        fails(GOOD.replace("\"tags\":[\"a\"]", "\"tags\":\n" + "[".repeat(70)));
    assertEquals("tags" + "[0]".repeat(64), e.path());
    assertEquals(
        "lists and objects are nested more than 64 deep here, too deep to read safely (at line 2,"
            + " column 64)",
        e.problem());
  }

  @Test
  void aDocumentLongerThanTheLimitIsRefusedWhileItIsRead() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () -> Documents.read(new Blanks(JsonSupport.MAX_DOCUMENT_CHARS + 1), Agreement.class));
    assertEquals(
        "the agreement document is longer than "
            + String.format(java.util.Locale.ROOT, "%,d", JsonSupport.MAX_DOCUMENT_CHARS)
            + " characters, too large to read safely",
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
