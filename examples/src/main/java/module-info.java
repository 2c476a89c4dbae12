/** The worked examples and the {@code evaluate} and {@code questionnaire} commands. */
module org.coproduction.examples {
  requires transitive org.coproduction.report;
  // Compile time only: javadoc reads the Immutables style on the report module's value types.
  requires static org.immutables.value.annotations;
  requires info.picocli;

  exports org.coproduction.examples;

  // picocli sets the commands' annotated options reflectively.
  opens org.coproduction.examples to
      info.picocli;
}
