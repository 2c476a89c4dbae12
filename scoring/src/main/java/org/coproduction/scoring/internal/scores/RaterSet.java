package org.coproduction.scoring.internal.scores;

/**
 * A set of rater indexes from 0 to a size fixed when made: one bit per rater, so the unions an
 * aggregate makes of every item's raters are a few word-wide ORs, without boxing or resizing.
 */
final class RaterSet {
  private final long[] words;

  RaterSet(int raters) {
    words = new long[(raters + 63) >>> 6];
  }

  void add(int rater) {
    words[rater >>> 6] |= 1L << rater;
  }

  /** Adds every rater of {@code other}, a set made for the same number of raters. */
  void addAll(RaterSet other) {
    long[] theirs = other.words;
    for (int i = 0; i < words.length; i++) {
      words[i] |= theirs[i];
    }
  }

  int size() {
    int size = 0;
    for (long word : words) {
      size += Long.bitCount(word);
    }
    return size;
  }
}
