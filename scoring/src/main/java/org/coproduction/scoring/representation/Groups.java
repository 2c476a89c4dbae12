package org.coproduction.scoring.representation;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Participant;

/** Interest-group sets and the checks on lists of enum constants. */
final class Groups {
  private Groups() {}

  /** The interest groups none of the people speaks for, in enum order. */
  static List<InterestGroup> missing(Collection<Participant> people) {
    Set<InterestGroup> missing = EnumSet.allOf(InterestGroup.class);
    people.forEach(p -> missing.remove(p.interestGroup()));
    return List.copyOf(missing);
  }

  /** Fails unless a list of constants is in declaration order with no repeats. */
  static <E extends Enum<E>> void inOrder(String path, List<E> values) {
    for (int i = 1; i < values.size(); i++) {
      if (values.get(i - 1).ordinal() >= values.get(i).ordinal()) {
        throw CoProductionException.at(
            path + "[" + i + "]", "must be in the order the groups are listed, each at most once");
      }
    }
  }
}
