package org.coproduction.checklist.internal.records;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.coproduction.checklist.Evidence;
import org.coproduction.core.initiative.Decision;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.initiative.Meeting;
import org.coproduction.core.initiative.Suggestion;
import org.coproduction.core.people.Participant;

/** What the record checks share: looking people up, ordering records and wording evidence. */
@API(status = INTERNAL, since = "0.1")
public final class RecordSupport {
  private RecordSupport() {}

  // Records in date order, then by id, so evidence never depends on the order of the input.
  public static final Comparator<Suggestion> SUGGESTION_ORDER =
      Comparator.comparing(Suggestion::raisedOn).thenComparing(Suggestion::id);

  public static final Comparator<Decision> DECISION_ORDER =
      Comparator.comparing(Decision::decidedOn).thenComparing(Decision::id);

  /** Whether someone speaks from lived experience of using services or caring. */
  public static boolean livedExperience(Participant p) {
    return p.onLivedExperienceSide() || p.interestGroup().isPersonWithLivedExperienceSide();
  }

  /**
   * A fee is owed when someone in the room is there as part of a paid job while someone who uses
   * services or cares, and holds no paid role, is there too.
   */
  public static boolean feeOwed(Meeting m, Map<String, Participant> people) {
    boolean paid = false;
    boolean unpaid = false;
    for (String id : m.attended()) {
      Participant p = people.get(id);
      paid |= p.onProviderSide();
      unpaid |= p.onLivedExperienceSide() && !p.onProviderSide();
    }
    return paid && unpaid;
  }

  public static Map<String, Participant> byId(Initiative initiative) {
    Map<String, Participant> people = new HashMap<>();
    initiative.participants().forEach(p -> people.put(p.id(), p));
    return people;
  }

  public static <T> List<T> sorted(List<T> items, Comparator<T> order) {
    List<T> copy = new ArrayList<>(items);
    copy.sort(order);
    return copy;
  }

  public static String days(long n) {
    return n == 1 ? "1 day's" : n + " days'";
  }

  public static String later(long n) {
    return n == 1 ? "1 day later" : n + " days later";
  }

  public static Evidence evidence(Evidence.Kind kind, String ref, String finding) {
    return Evidence.builder().kind(kind).ref(ref).finding(finding).build();
  }
}
