package org.coproduction.core;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A value that stands on its own as a JSON document: a principle framework, an initiative's
 * records, a reciprocity ledger, and in the other modules checklists, response sets and results.
 *
 * <p>Every document type is annotated with {@link DocumentType}, which names it and gives the
 * schema version this library writes. {@link Documents} reads and writes all of them through one
 * strict mapper, so they share one set of rules and one error format.
 */
@API(status = STABLE, since = "0.1")
public interface Document {}
