package org.coproduction.benchmarks;

/** The baseline for start-up time: a JVM that only prints hello. */
public final class Hello {
  private Hello() {}

  /**
   * Prints hello.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println("hello");
  }
}
