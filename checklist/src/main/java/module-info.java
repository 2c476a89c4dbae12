/**
 * The best-practice checklist that everybody involved scores, and the checks answered from records.
 */
module org.coproduction.checklist {
  requires transitive org.coproduction.core;
  requires static org.immutables.value.annotations;
  requires tools.jackson.databind;
  requires com.fasterxml.jackson.annotation;

  exports org.coproduction.checklist;
  exports org.coproduction.checklist.records;
  // The easy-read report's tests hold its wording to the same reading ease as the checklist's.
  exports org.coproduction.checklist.internal to
      org.coproduction.report;

  opens org.coproduction.checklist to
      tools.jackson.databind;
  opens org.coproduction.checklist.records to
      tools.jackson.databind;
}
