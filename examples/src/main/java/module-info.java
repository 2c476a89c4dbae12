module org.coproduction.examples {
  requires org.coproduction.scoring;
  requires static org.immutables.value.annotations;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.csv;
  requires com.fasterxml.jackson.annotation;

  exports org.coproduction.examples;

  // Jackson binds the generated classes reflectively.
  opens org.coproduction.examples to tools.jackson.databind;
}
