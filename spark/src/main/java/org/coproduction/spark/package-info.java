/**
 * The library inside Apache Spark, for data sets that outgrow one machine: a national survey's
 * response sets, read as JSON lines into a {@code Dataset<String>}, are grouped by initiative and
 * review round, each group is scored on an executor with the library's own pure functions, and the
 * tidy tables ({@link org.coproduction.report.tidy}) are written out. Start with {@link
 * org.coproduction.spark.TidyJob}; {@link org.coproduction.spark.ScoreResponses} runs it from
 * {@code spark-submit}. The README's "The library inside Apache Spark" says how to run it on a
 * cluster beside Spark's own Jackson 2.
 */
@NullMarked
package org.coproduction.spark;

import org.jspecify.annotations.NullMarked;
