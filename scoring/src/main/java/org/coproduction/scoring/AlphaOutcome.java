package org.coproduction.scoring;

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
  /** No item was answered by two or more raters, so there is nothing to compare. */
  NO_PAIRABLE_ANSWERS
}
