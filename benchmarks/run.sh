#!/usr/bin/env bash
# Runs the benchmarks: builds the engine and this module (without tests), then starts the driver, which starts a
# fresh JVM per measured run. Arguments go to the driver, for example:
#   benchmarks/run.sh --repetitions 1 --sizes 100 --databases sqlite --graph-size 0
# The report is written to benchmarks/target/bench/results.md. See src/docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
exec ./mvnw -q -pl benchmarks -am verify -Pbench -DskipTests -Dbench.args="$*"
