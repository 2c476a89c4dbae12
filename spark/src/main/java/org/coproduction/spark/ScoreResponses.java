package org.coproduction.spark;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apache.spark.sql.SparkSession;
import org.apiguardian.api.API;

/**
 * The {@code spark-submit} entry point: scores a file (or folder) of response sets, one document a
 * line, against the built-in checklist and writes the tidy tables. Arguments: the evaluation id to
 * write on every row, the input path and the output folder, in any file system Spark can read
 * (local, HDFS, S3 and so on).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ScoreResponses {
  private ScoreResponses() {}

  /**
   * Runs the job on the cluster {@code spark-submit} gives it.
   *
   * @param args the evaluation id, the response sets' path and the output folder
   */
  public static void main(String[] args) {
    if (args.length != 3) {
      System.err.println(
          "usage: spark-submit --class org.coproduction.spark.ScoreResponses"
              + " coproduction-spark.jar EVALUATION_ID RESPONSES OUTPUT_FOLDER");
      System.exit(64);
    }
    SparkSession spark = SparkSession.builder().appName("coproduction tidy tables").getOrCreate();
    try {
      TidyJob.withBuiltInChecklist(args[0]).write(spark.read().textFile(args[1]), args[2]);
    } finally {
      spark.stop();
    }
  }
}
