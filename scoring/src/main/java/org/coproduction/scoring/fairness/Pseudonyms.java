package org.coproduction.scoring.fairness;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Gives per-person rows pseudonyms that follow neither participant ids nor input order, so a reader
 * who can guess ids still cannot tell whose row is whose.
 */
final class Pseudonyms {
  private static final SecureRandom RANDOM = new SecureRandom();

  private Pseudonyms() {}

  /**
   * The same rows, renamed "person-1", "person-2", ... in a random order and listed by pseudonym.
   *
   * @param people the rows under participant ids
   * @return the rows under pseudonyms, sorted by pseudonym as the report requires
   */
  static List<PersonReciprocity> of(List<PersonReciprocity> people) {
    List<PersonReciprocity> shuffled = new ArrayList<>(people);
    Collections.shuffle(shuffled, RANDOM);
    List<PersonReciprocity> renamed = new ArrayList<>(shuffled.size());
    for (int i = 0; i < shuffled.size(); i++) {
      renamed.add(
          PersonReciprocity.builder()
              .from(shuffled.get(i))
              .participantId("person-" + (i + 1))
              .build());
    }
    renamed.sort(Comparator.comparing(PersonReciprocity::participantId));
    return renamed;
  }
}
