/** Worked examples and the {@code evaluate} command that scores them and prints a report. */
module org.coproduction.examples {
  requires org.coproduction.scoring;

  exports org.coproduction.examples;
}
