package org.coproduction.scoring.ladder;

import java.util.List;
import java.util.Locale;
import org.coproduction.core.practice.LadderRung;

/** How rungs and lists of ids read in sentences. */
final class Words {
  private Words() {}

  /** A rung as people say it: {@code co-production}, {@code consultation}. */
  static String rung(LadderRung rung) {
    return rung.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Ids joined as in a sentence: {@code s1}, {@code s1 and s2}, {@code s1, s2 and s3}. */
  static String list(List<String> ids) {
    if (ids.size() == 1) {
      return ids.get(0);
    }
    return String.join(", ", ids.subList(0, ids.size() - 1)) + " and " + ids.get(ids.size() - 1);
  }
}
