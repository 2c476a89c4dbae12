/**
 * Checklist items answered from an initiative's own records rather than by raters: notice given,
 * expenses and fees, convenient times, every interest group invited and present, venue access,
 * comments recorded, outcomes fed back, and people who use services and carers involved from the
 * start. {@link org.coproduction.checklist.records.RecordChecks} gives the answers with the
 * evidence behind them; {@link org.coproduction.checklist.records.RecordComparison} sets them
 * beside what raters said. Source: {@code 004_badd4b3e527b04fd.txt}, "The Co-production Police and
 * accountability".
 */
package org.coproduction.checklist.records;
