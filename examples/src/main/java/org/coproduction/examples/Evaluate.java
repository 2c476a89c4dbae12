package org.coproduction.examples;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.coproduction.core.practice.JigsawArea;
import org.coproduction.core.practice.Recommendation;
import org.coproduction.core.practice.Recommendations;
import org.coproduction.core.principle.Principle;
import org.coproduction.core.principle.PrincipleFramework;
import org.coproduction.core.principle.PrincipleFrameworks;
import org.coproduction.core.practice.LadderRung;
import org.coproduction.core.practice.Stage;

/**
 * The {@code evaluate} command. Until the worked examples and the scoring module land, it prints a
 * summary of the model the library carries, so a newcomer can see what it knows about.
 */
public final class Evaluate {
  private Evaluate() {}

  /**
   * Prints the summary to standard output.
   *
   * @param args ignored for now
   */
  public static void main(String[] args) {
    print(System.out);
  }

  static void print(PrintStream out) {
    out.println("coproduction: the built-in model");
    out.println();
    out.println("Ladder of co-production, bottom to top: " + names(LadderRung.values()));
    out.println("Stages that can each be co-produced: " + names(Stage.values()));
    out.println("The jigsaw of change: " + names(JigsawArea.values()));
    out.println();
    for (PrincipleFramework framework : PrincipleFrameworks.all()) {
      out.println("Principles (" + framework.name() + "):");
      for (Principle principle : framework.principles()) {
        out.println("  - " + principle.name() + ": " + principle.description());
      }
    }
    out.println();
    out.println("The guide's " + Recommendations.all().size() + " recommendations, by piece of the jigsaw:");
    for (JigsawArea area : JigsawArea.values()) {
      out.println("  " + names(new Enum<?>[] {area}) + ":");
      for (Recommendation recommendation : Recommendations.inArea(area)) {
        out.println("    " + recommendation.number() + ". " + recommendation.text());
      }
    }
  }

  private static String names(Enum<?>[] values) {
    return Arrays.stream(values)
        .map(v -> v.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
        .collect(Collectors.joining(", "));
  }
}
