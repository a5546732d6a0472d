#!/usr/bin/env bash
# Times whole `zpm run` batches over synthetic organisations of growing size and prints a
# markdown table: median wall time, CPU time (user + sys), peak RSS, rows per second, and the
# floor (issue 15: one pass of the csv crate over the same export with ByteRecord, summing
# direct minutes per medewerker; benches/floor.rs) with the ratio zpm / floor.
#
# Usage:  bench/run.sh                      # 100, 500, 2000, 5000 and 10000 behandelaren × 12 months
#         SIZES="100 500" RUNS=3 bench/run.sh
#
# Environment:
#   SIZES     behandelaren per dataset (default "100 500 2000 5000 10000")
#   MONTHS    months of activity from 2022-01 (default 12; the run period is the year 2022)
#   RUNS      timed runs per size (default 5)
#   DATA_DIR  where generated datasets are cached (default target/bench-data)
#
# Requirements: bash 5 ($EPOCHREALTIME for the wall times), a Rust toolchain and GNU time at
# /usr/bin/time (the `-v` output gives the CPU time and the peak RSS). On Debian/Ubuntu: `sudo apt-get install -y time` (the script does this itself
# when it runs as root and apt-get is present).
#
# Datasets are generated once with `zpm genereer` and cached under DATA_DIR, keyed by the
# size, the months and a hash of src/synth/ (a changed generator gives new datasets).

set -euo pipefail
export LC_ALL=C # a decimal point in $EPOCHREALTIME and awk, whatever the user's locale

cd "$(dirname "$0")/.."

SIZES=${SIZES:-"100 500 2000 5000 10000"}
MONTHS=${MONTHS:-12}
RUNS=${RUNS:-5}
DATA_DIR=${DATA_DIR:-target/bench-data}
TIME=/usr/bin/time

if [[ ! -x $TIME ]]; then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
        echo "installing GNU time (apt-get install -y time)" >&2
        apt-get install -y time >/dev/null || { apt-get update >/dev/null && apt-get install -y time >/dev/null; }
    else
        echo "error: $TIME is missing; install GNU time, e.g. 'sudo apt-get install -y time'" >&2
        exit 1
    fi
fi

echo "building the release binary and the floor" >&2
cargo build --release --quiet
ZPM=target/release/zpm
FLOOR=$(cargo build --release --quiet --bench floor --message-format=json |
    grep -o '"executable":"[^"]*floor[^"]*"' | tail -n 1 | sed 's/"executable":"//; s/"$//')
if [[ ! -x $FLOOR ]]; then
    echo "error: could not build benches/floor.rs" >&2
    exit 1
fi

GEN_HASH=$(cat src/synth/*.rs | sha256sum | cut -c1-12)
TMP=$(mktemp -d "${TMPDIR:-/tmp}/zpm-bench.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

# Seconds between two $EPOCHREALTIME readings (microseconds; GNU time's wall clock has only
# hundredths, too coarse for the floor of the small sets).
elapsed() {
    awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f\n", b - a }'
}

# The median of the numbers on stdin.
median() {
    sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

rows=()
for n in $SIZES; do
    data="$DATA_DIR/n${n}-m${MONTHS}-${GEN_HASH}"
    if [[ ! -f $data/epd-export.csv ]]; then
        echo "generating $n behandelaren × $MONTHS months into $data" >&2
        "$ZPM" genereer --behandelaren "$n" --maanden "$MONTHS" --start 2022-01 --seed 1 --out "$data"
    fi
    epd_rows=$(($(wc -l <"$data/epd-export.csv") - 1))
    epd_mb=$(awk -v b="$(stat -c %s "$data/epd-export.csv")" 'BEGIN { printf "%.1f", b / 1e6 }')

    walls="$TMP/walls-$n"
    cpus="$TMP/cpus-$n"
    rss="$TMP/rss-$n"
    floors="$TMP/floors-$n"
    : >"$walls"
    : >"$cpus"
    : >"$rss"
    : >"$floors"
    failed=""
    for i in $(seq 1 "$RUNS"); do
        out="$TMP/out-$n-$i"
        echo "run $i/$RUNS: $n behandelaren" >&2
        t0=$EPOCHREALTIME
        if ! "$TIME" -v -o "$TMP/time.txt" "$ZPM" run \
            --epd "$data/epd-export.csv" \
            --medewerkers "$data/medewerkers.csv" \
            --begroting "$data/begroting.csv" \
            --realisatie-2021 "$data/realisatie-2021.csv" \
            --tarieven "$data/tarieven-voorbeeld.csv" \
            --periode 2022 \
            --out "$out" >"$TMP/stdout" 2>"$TMP/stderr"; then
            echo "zpm run failed for $n behandelaren (run $i):" >&2
            tail -n 5 "$TMP/stderr" >&2
            failed="yes"
            break
        fi
        t1=$EPOCHREALTIME
        elapsed "$t0" "$t1" >>"$walls"
        awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.3f\n", s }' "$TMP/time.txt" >>"$cpus"
        grep 'Maximum resident set size' "$TMP/time.txt" | awk '{ print $NF }' >>"$rss"
        rm -rf "$out"
        # the floor on the same file, right after (same cache state)
        t0=$EPOCHREALTIME
        "$FLOOR" "$data/epd-export.csv" >/dev/null
        t1=$EPOCHREALTIME
        elapsed "$t0" "$t1" >>"$floors"
    done
    if [[ -n $failed ]]; then
        rows+=("| $n | $epd_rows | $epd_mb | failed | - | - | - | - | - |")
        continue
    fi
    med=$(median <"$walls")
    cpu=$(median <"$cpus")
    floor=$(median <"$floors")
    peak_mb=$(sort -n "$rss" | tail -n 1 | awk '{ printf "%.0f", $1 / 1024 }')
    per_s=$(awk -v r="$epd_rows" -v s="$med" 'BEGIN { printf "%.0f", (s > 0 ? r / s : 0) }')
    ratio=$(awk -v a="$med" -v b="$floor" 'BEGIN { printf "%.1f", (b > 0 ? a / b : 0) }')
    rows+=("| $n | $epd_rows | $epd_mb | $med | $cpu | $peak_mb | $per_s | $floor | $ratio |")
done

echo
cpu_model=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || echo unknown)
echo "zpm run, $MONTHS months from 2022-01, --periode 2022, median of $RUNS runs ($(nproc) CPUs, $cpu_model)"
echo
echo "| behandelaren | EPD rows | EPD MB | median wall (s) | CPU user+sys (s) | peak RSS (MB) | rows/s | floor (s) | wall / floor |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${rows[@]}"
