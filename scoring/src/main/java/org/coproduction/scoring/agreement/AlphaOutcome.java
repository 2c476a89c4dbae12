package org.coproduction.scoring.agreement;

import org.coproduction.scoring.ItemScore;

/** Whether Krippendorff's alpha could be computed for a set of answers, and if not, why. */
public enum AlphaOutcome {
  /** The answers vary, so alpha is a number. */
  COMPUTED,
  /**
   * Every answer that could be paired was the same. The agreement expected by chance is then also
   * perfect, and alpha would be 0 divided by 0. Raters agree, but nothing shows they could tell a
   * good practice from a bad one, so alpha is reported as undefined: neither 1 nor 0. No
   * low-agreement warning is given.
   */
  NO_VARIATION,
  /**
   * Only one item was answered by two or more raters. Alpha weighs how much raters disagree within
   * items against how much answers differ across items; with a single item the two are the same, so
   * alpha comes out as 0 (or undefined) whatever the raters said. It is not reported, and no
   * warning is given: the item's own spread ({@link ItemScore#spread()}) shows how far its raters
   * agree.
   */
  SINGLE_ITEM,
  /** No item was answered by two or more raters, so there is nothing to compare. */
  NO_PAIRABLE_ANSWERS
}
