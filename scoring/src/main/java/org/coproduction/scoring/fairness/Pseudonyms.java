package org.coproduction.scoring.fairness;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One set of pseudonyms for one report, so that a person's row, pay gap and out-of-pocket entry
 * carry the same name, and the names follow neither participant ids nor input order: a reader who
 * can guess ids still cannot tell whose entry is whose.
 */
final class Pseudonyms {
  private static final SecureRandom RANDOM = new SecureRandom();

  private Pseudonyms() {}

  /**
   * Names everyone "person-1", "person-2", ... in a random order: first the people in the ledger,
   * so that their rows are numbered from 1 with no gaps, then the participants the ledger leaves
   * out.
   *
   * @param inLedger the participant ids of the people in the ledger
   * @param notInLedger the participant ids of the participants the ledger does not list
   * @return each participant id's pseudonym
   */
  static Map<String, String> of(Collection<String> inLedger, Collection<String> notInLedger) {
    Map<String, String> names = new HashMap<>();
    for (Collection<String> ids : List.of(inLedger, notInLedger)) {
      List<String> shuffled = new ArrayList<>(ids);
      Collections.shuffle(shuffled, RANDOM);
      for (String id : shuffled) {
        names.put(id, "person-" + (names.size() + 1));
      }
    }
    return names;
  }
}
