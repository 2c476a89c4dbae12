/** Worked examples, the evaluation file format, survey import and the {@code evaluate} command. */
module org.coproduction.examples {
  requires org.coproduction.scoring;
  requires static org.immutables.value.annotations;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.csv;
  requires com.fasterxml.jackson.annotation;
  requires info.picocli;

  exports org.coproduction.examples;
  exports org.coproduction.examples.survey;
  exports org.coproduction.examples.report;

  // Jackson binds the generated classes reflectively; picocli sets the evaluate command's
  // annotated options the same way.
  opens org.coproduction.examples to
      tools.jackson.databind,
      info.picocli;
  opens org.coproduction.examples.survey to
      tools.jackson.databind;
  opens org.coproduction.examples.report to
      tools.jackson.databind;
}
