#!/usr/bin/env python3
"""factlint as one step of a Spark job: every partition of a JSON Lines archive is piped through
`factlint lint --input jsonl -`, which writes one JSON result a line (the record's id and its
findings). A result depends only on its own line, so the archive can be split any way.

  spark-submit lint_archive.py ARCHIVE.jsonl OUT_DIR [--factlint PATH] [--partitions N]
  python3 lint_archive.py ...            (with pyspark installed: Spark's local mode)
"""
import argparse, json, shutil

from pyspark.sql import SparkSession


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("archive")
    parser.add_argument("out")
    parser.add_argument("--factlint", default="factlint", help="the factlint binary on every worker")
    parser.add_argument("--partitions", type=int, default=8)
    parser.add_argument("--master", default=None, help="for example local[2]; default: spark-submit's")
    args = parser.parse_args()

    builder = SparkSession.builder.appName("factlint")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    articles = spark.sparkContext.textFile(args.archive, minPartitions=args.partitions)
    # One factlint process a partition; --jobs 1 because Spark already runs a task per core.
    # factlint exits 1 when it finds something, so the exit code is not checked: a line it cannot
    # read comes back as {"line": N, "error": "..."} instead.
    results = articles.pipe("%s lint --input jsonl --jobs 1 --quiet -" % args.factlint)
    shutil.rmtree(args.out, ignore_errors=True)
    results.saveAsTextFile(args.out)

    parsed = results.map(json.loads)
    summary = parsed.map(lambda r: ("unreadable" if "error" in r else "findings" if r["findings"] else "clean", 1)) \
                    .reduceByKey(lambda a, b: a + b).collectAsMap()
    by_rule = parsed.flatMap(lambda r: [f["rule"] for f in r.get("findings", [])]).countByValue()
    print("factlint over %s: %s" % (args.archive, dict(sorted(summary.items()))))
    for rule, count in sorted(by_rule.items()):
        print("  %-24s %d" % (rule, count))
    spark.stop()


if __name__ == "__main__":
    main()
