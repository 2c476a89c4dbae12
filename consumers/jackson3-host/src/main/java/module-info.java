/** A Jackson 3 application that embeds the library on the module path. */
module org.coproduction.consumers.modular {
  requires org.coproduction.scoring;
  requires tools.jackson.databind;

  opens org.coproduction.consumers.jackson3 to
      tools.jackson.databind;
}
