/**
 * Statistical kernels behind scoring: Krippendorff's alpha for agreement between raters, the Gini
 * coefficient for fairness of return per hour, the spread of one item's answers, and small-cell
 * suppression for privacy.
 *
 * <p>Everything here is a pure function on plain JDK data (arrays, maps of strings to counts): no
 * domain types, no I/O, no shared state, so every method is deterministic and safe to call from any
 * thread. Inputs are never modified. Results are immutable records. The package is not exported;
 * the scoring API wraps these results in its own documented value types.
 */
package org.coproduction.scoring.internal.stats;
