/**
 * The typed co-production model: principles, people, assets, ladders and stages, initiatives and
 * their records, and the reciprocity ledger, with one strict JSON entry point for every document.
 */
module org.coproduction.core {
  requires static org.immutables.value.annotations;
  requires tools.jackson.databind;
  requires com.fasterxml.jackson.annotation;

  exports org.coproduction.core;
  exports org.coproduction.core.principle;
  exports org.coproduction.core.practice;
  exports org.coproduction.core.ledger;
  exports org.coproduction.core.people;
  exports org.coproduction.core.initiative;
  // Shared with the library's own modules only, not with consumers.
  exports org.coproduction.core.internal.json to
      org.coproduction.checklist,
      org.coproduction.scoring,
      org.coproduction.report;
  exports org.coproduction.core.internal to
      org.coproduction.checklist,
      org.coproduction.scoring,
      org.coproduction.report;
  exports org.coproduction.core.internal.style to
      org.coproduction.checklist,
      org.coproduction.scoring,
      org.coproduction.report;

  // Jackson binds the generated classes reflectively.
  opens org.coproduction.core to
      tools.jackson.databind;
  opens org.coproduction.core.principle to
      tools.jackson.databind;
  opens org.coproduction.core.practice to
      tools.jackson.databind;
  opens org.coproduction.core.ledger to
      tools.jackson.databind;
  opens org.coproduction.core.people to
      tools.jackson.databind;
  opens org.coproduction.core.initiative to
      tools.jackson.databind;
}
