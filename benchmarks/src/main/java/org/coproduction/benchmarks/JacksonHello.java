package org.coproduction.benchmarks;

import tools.jackson.databind.json.JsonMapper;

/**
 * A second baseline for start-up time: a JVM that starts Jackson 3, reads a tiny JSON document and
 * prints it. What the library's own start-up adds is the difference from this.
 */
public final class JacksonHello {
  private JacksonHello() {}

  /**
   * Reads and prints a tiny document.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println(JsonMapper.builder().build().readTree("{\"hello\":\"world\"}"));
  }
}
