/**
 * The worked examples and the {@code evaluate} command. {@link org.coproduction.examples.Examples}
 * holds four evaluations modelled on cases in the sources (strong co-production, unequal pay,
 * co-production in name only, and learning between two review rounds), with invented people under
 * pseudonymous ids, and a sample survey export with its mapping; {@link
 * org.coproduction.examples.Evaluate} scores a bundled example or a file and writes its report.
 *
 * <p>Who needs it: a newcomer trying the library, and anyone scripting reports from the command
 * line. Start with {@code evaluate care-leavers}, or {@link
 * org.coproduction.examples.Examples#load(String)} in code; a program that only shows reports needs
 * {@code org.coproduction.report}, not this module.
 */
@NullMarked
package org.coproduction.examples;

import org.jspecify.annotations.NullMarked;
