#!/usr/bin/env bash
# Runs the Spark example in local mode on generated articles and checks that its results are the
# lines a direct `factlint lint --input jsonl -` run writes. Needs pyspark (pip install pyspark)
# and Java 17.   examples/spark/test_spark.sh [FACTLINT] [COUNT]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
factlint="$(realpath "${1:-$here/../../.build/release/factlint}")"
count="${2:-300}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$here/generate_articles.py" "$count" "$work/archive.jsonl"
python3 "$here/lint_archive.py" "$work/archive.jsonl" "$work/spark-out" --factlint "$factlint" \
  --partitions 4 --master 'local[2]' 2>"$work/spark.log" || { tail -40 "$work/spark.log"; exit 1; }
status=0
"$factlint" lint --input jsonl --quiet - < "$work/archive.jsonl" > "$work/direct.jsonl" || status=$?
[ "$status" -le 1 ] || { echo "direct run exited $status"; exit 1; }
python3 - "$work" "$count" <<'PY'
import json, pathlib, sys
work, count = pathlib.Path(sys.argv[1]), int(sys.argv[2])
spark = sorted(line for part in sorted(work.glob("spark-out/part-*")) for line in part.read_text().splitlines())
direct = sorted((work / "direct.jsonl").read_text().splitlines())
findings = sum(len(json.loads(line)["findings"]) for line in direct)
rules = sorted({f["rule"] for line in direct for f in json.loads(line)["findings"]})
checks = [
    ("Spark wrote one result for each of the %d articles" % count, len(spark) == count),
    ("the Spark results are the direct run's, line for line", spark == direct),
    ("the planted errors were found (%d findings: %s)" % (findings, ", ".join(rules)),
     {"weekday-mismatch", "number-conflict"} <= set(rules)),
]
for text, ok in checks:
    print(("ok   " if ok else "FAIL ") + text)
failed = sum(1 for _, ok in checks if not ok)
print("spark: %d passed, %d failed" % (len(checks) - failed, failed))
sys.exit(1 if failed else 0)
PY
