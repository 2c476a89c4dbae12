package org.coproduction.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.regex.Pattern;
import org.coproduction.core.CoProductionException;
import org.junit.jupiter.api.Test;

/** The hand-written id check accepts exactly what the id pattern it stands for accepts. */
class ChecksProperties {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  @Test
  void idCheckAgreesWithThePatternOnTextNearTheRules() {
    // Code points from ' ' to '~' hold every allowed character and their neighbours.
    qt().forAll(strings().betweenCodePoints(' ', '~').ofLengthBetween(0, 70))
        .checkAssert(s -> assertEquals(ID.matcher(s).matches(), Checks.isId(s), s));
  }

  @Test
  void idCheckAgreesWithThePatternOnAnyText() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 70))
        .checkAssert(s -> assertEquals(ID.matcher(s).matches(), Checks.isId(s)));
  }

  @Test
  void idCheckAgreesWithThePatternAroundTheLengthLimit() {
    qt().forAll(integers().between(0, 70), integers().between(0, 4))
        .checkAssert(
            (length, kind) -> {
              String s = "-._aZ".substring(kind, kind + 1) + "a".repeat(length);
              assertEquals(ID.matcher(s).matches(), Checks.isId(s), s);
            });
  }

  @Test
  void aMalformedIdFailsWithItsPathAndWithoutRepeatingIt() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class, () -> Checks.id("participants[2].id", "Jo Bloggs"));
    assertEquals(
        "participants[2].id: must be an id of 1 to 64 letters, digits, '.', '_' or '-', starting"
            + " with a letter or digit",
        e.getMessage());
  }
}
