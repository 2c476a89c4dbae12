/** Pure scoring of checklist answers and records: scores, red flags, perspectives, agreement, fairness, trends. */
module org.coproduction.scoring {
  requires transitive org.coproduction.checklist;
  requires static org.immutables.value.annotations;
  requires tools.jackson.databind;
  requires com.fasterxml.jackson.annotation;

  exports org.coproduction.scoring;
  opens org.coproduction.scoring to tools.jackson.databind;
}
