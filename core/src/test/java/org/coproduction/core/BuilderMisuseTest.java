package org.coproduction.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import org.coproduction.core.initiative.Meeting;
import org.coproduction.core.ledger.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A builder used wrongly in Java (a required field left out, or {@code null} given) throws the
 * library's one exception naming the field, with the same words a JSON document gets; and the
 * generated classes carry no annotation from a jar that consumers do not have.
 */
class BuilderMisuseTest {
  private static Meeting.Builder meetingWithout(String field) {
    Meeting.Builder b = Meeting.builder();
    if (!field.equals("id")) {
      b.id("m1");
    }
    if (!field.equals("date")) {
      b.date(LocalDate.of(2026, 3, 14));
    }
    if (!field.equals("noticeDays")) {
      b.noticeDays(14);
    }
    if (!field.equals("start")) {
      b.start(LocalTime.of(10, 0));
    }
    if (!field.equals("end")) {
      b.end(LocalTime.of(12, 0));
    }
    return b.refreshments(true).expensesOffered(true).feesOffered(false).minutesKept(true);
  }

  private static CoProductionException refused(Executable build) {
    return assertThrows(CoProductionException.class, build);
  }

  @Test
  void aMeetingWithEveryRequiredFieldBuilds() {
    assertEquals("m1", meetingWithout("nothing").build().id());
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "date", "noticeDays", "start", "end"})
  void aRequiredFieldLeftOutIsNamed(String field) {
    CoProductionException e = refused(() -> meetingWithout(field).build());
    assertEquals(field, e.path());
    assertEquals(field + ": required field is missing", e.getMessage());
  }

  @Test
  void withSeveralLeftOutTheFirstIsNamedAsAReaderWouldNameIt() {
    CoProductionException e = refused(() -> Meeting.builder().noticeDays(3).build());
    assertEquals("id: required field is missing", e.getMessage());
  }

  @Test
  void aNullFieldIsNamed() {
    assertEquals("id: must not be null", refused(() -> Meeting.builder().id(null)).getMessage());
    assertEquals("currency: must not be null", refused(() -> Money.of(100, null)).getMessage());
  }

  @Test
  void aNullInAListNamesTheList() {
    assertEquals(
        "invited: must not hold a null element",
        refused(() -> Meeting.builder().addInvited((String) null)).getMessage());
    assertEquals(
        "must not hold a null element",
        refused(() -> Meeting.builder().addAllInvited(java.util.Arrays.asList("p1", null)))
            .problem());
  }

  @Test
  void copyingFromNothingIsRefused() {
    assertEquals("must not be null", refused(() -> Meeting.builder().from(null)).getMessage());
  }

  /**
   * Immutables adds its own {@code @Generated} (CLASS retention) when it is on the class path; a
   * consumer compiling with {@code -Xlint:all -Werror} then fails on the missing annotation class.
   */
  @ParameterizedTest
  @ValueSource(strings = {"ImmutableMeeting.class", "ImmutableMeeting$Builder.class"})
  void generatedClassesCarryNoImmutablesAnnotation(String classFile) throws IOException {
    try (InputStream in = Meeting.class.getResourceAsStream(classFile)) {
      String bytes = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      assertFalse(bytes.contains("org/immutables/"), classFile + " refers to Immutables");
      assertFalse(bytes.contains("javax/annotation/"), classFile + " refers to javax.annotation");
    }
  }
}
