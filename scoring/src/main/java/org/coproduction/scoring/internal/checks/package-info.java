/**
 * Invariant checks shared by the result types of every scoring package, worded the same way
 * everywhere. Not exported.
 */
package org.coproduction.scoring.internal.checks;
