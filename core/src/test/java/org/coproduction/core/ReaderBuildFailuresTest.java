package org.coproduction.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.junit.jupiter.api.Test;

/**
 * What the reader says when a value cannot be built from well-formed JSON: a problem the value's
 * own check found keeps its path, however deep in the cause chain it sits, and any other failure is
 * reported by type alone, never with its message, which may hold document text.
 */
class ReaderBuildFailuresTest {
  private static final String NAME = "Jo Bloggs";

  /** A document whose constructor fails in different ways, chosen by the amount. */
  @DocumentType(name = "pledge", schemaVersion = 1)
  record Pledge(@JsonProperty("amount") int amount) implements Document {
    Pledge {
      switch (amount) {
        case -1 -> throw new IllegalArgumentException(NAME);
        case -2 ->
            throw new IllegalArgumentException(
                "wrapped", CoProductionException.at("amount", "must be 0 or more, was -2"));
        case -3 ->
            throw new IllegalArgumentException(
                "outer",
                new RuntimeException(
                    "middle", CoProductionException.at("amount", "must be 0 or more")));
        case -4 ->
            throw new IllegalStateException(
                NAME, CoProductionException.at("amount", "hidden behind an unexpected failure"));
        case -5 -> throw new NullPointerException(NAME);
        case -6 -> throw new IllegalArgumentException("outer", new NullPointerException(NAME));
        default -> {}
      }
    }
  }

  /** A document whose name starts with a vowel and is two words in Java. */
  @DocumentType(name = "open offer", schemaVersion = 1)
  record OpenOffer(@JsonProperty("amount") int amount) implements Document {
    OpenOffer {
      if (amount < 0) {
        throw new IllegalArgumentException(NAME);
      }
    }
  }

  /** A document holding a pledge, so the pledge's problems gain a path in front. */
  @DocumentType(name = "pledges", schemaVersion = 1)
  record Pledges(@JsonProperty("first") Pledge first) implements Document {}

  /** A document type Jackson has no way to build: a programming error, not a file error. */
  @DocumentType(name = "shapeless", schemaVersion = 1)
  interface Shapeless extends Document {}

  private static CoProductionException pledge(int amount) {
    return assertThrows(
        CoProductionException.class,
        () -> Documents.read("{\"schemaVersion\":1,\"amount\":" + amount + "}", Pledge.class));
  }

  @Test
  void aPledgeWithAnOrdinaryAmountReads() {
    assertEquals(new Pledge(5), Documents.read("{\"schemaVersion\":1,\"amount\":5}", Pledge.class));
  }

  @Test
  void aCheckFailureWrappedByTheConstructorKeepsItsPath() {
    assertEquals("amount: must be 0 or more, was -2", pledge(-2).getMessage());
  }

  @Test
  void aCheckFailureWrappedTwiceIsStillFound() {
    assertEquals("amount: must be 0 or more", pledge(-3).getMessage());
  }

  @Test
  void aNestedValuesCheckFailureGainsTheFullPath() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () -> Documents.read("{\"schemaVersion\":1,\"first\":{\"amount\":-2}}", Pledges.class));
    assertEquals("first.amount", e.path());
    assertEquals("must be 0 or more, was -2", e.problem());
  }

  @Test
  void anyOtherFailureIsReportedByTypeWithoutItsText() {
    for (int amount : new int[] {-1, -4, -5, -6}) {
      CoProductionException e = pledge(amount);
      assertEquals("", e.path(), "amount " + amount);
      assertEquals("cannot be read as a pledge", e.problem(), "amount " + amount);
      assertFalse(e.getMessage().contains(NAME), e::getMessage);
    }
  }

  @Test
  void aTypeNamedWithAVowelIsNamedInWordsWithTheRightArticle() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () -> Documents.read("{\"schemaVersion\":1,\"amount\":-1}", OpenOffer.class));
    assertEquals("cannot be read as an open offer", e.getMessage());
  }

  @Test
  void aTypeJacksonCannotBuildIsReportedWithJacksonsFirstLine() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () -> Documents.read("{\"schemaVersion\":1}", Shapeless.class));
    assertEquals("", e.path());
    assertTrue(
        e.problem()
            .startsWith(
                "cannot be read: Cannot construct instance of `"
                    + Shapeless.class.getName()
                    + "` (no Creators"),
        e.problem());
  }
}
