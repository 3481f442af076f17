#!/usr/bin/env bash
# Compares builds of the engine with each other and with raw JDBC, in interleaved rounds (see JarComparison):
#   benchmarks/compare.sh --jars /tmp/before.jar,/tmp/after.jar [--repetitions 12] [--sizes 100] [--databases sqlite]
# A build is a jar of migrations-spring-boot-autoconfigure, for example one copied from its target directory before
# and after a change. The report is written to benchmarks/target/bench/comparison.md. See src/docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
exec ./mvnw -q -pl benchmarks -am verify -Pbench -DskipTests -Dbench.main=dev.migrations.benchmarks.JarComparison \
	-Dbench.args="$*"
