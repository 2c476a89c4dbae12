package org.coproduction.consumers.unpinned;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Documents;
import org.coproduction.core.principle.PrincipleFramework;

/**
 * A Jackson 2 application that left out the README's jackson-annotations entry. Its own Jackson 2
 * keeps working; every use of the library's JSON is refused with a message that names the
 * annotations found and the ones needed, never with NoClassDefFoundError. Exits non-zero otherwise.
 */
public final class Main {
  public static void main(String[] args) throws Exception {
    ObjectMapper jackson2 = new ObjectMapper();
    check(jackson2.readTree("{\"a\":1}").get("a").asInt() == 1, "the host's Jackson 2 works");

    String first = refusal(BuiltInChecklist::get);
    check(
        first.contains("are version 2.18.2, but this library's Jackson 3 needs 2.22 or newer"),
        "the refusal names 2.18.2 and 2.22, was: " + first);
    // Not only the first use: a second one, through another entry point, says the same.
    String second =
        refusal(() -> Documents.read("{\"schemaVersion\":1}", PrincipleFramework.class));
    check(second.equals(first), "the same message again, was: " + second);

    check(jackson2.readTree("[1,2]").size() == 2, "the host's Jackson 2 still works");
    System.out.println("jackson2-unpinned: refused as expected: " + first);
  }

  private static String refusal(Runnable use) {
    try {
      use.run();
    } catch (CoProductionException e) {
      return e.getMessage();
    }
    throw new AssertionError("expected a CoProductionException about Jackson's annotations");
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new AssertionError("expected " + what);
    }
  }
}
