#!/usr/bin/env bash
# HTML rendering benchmark: the in-process figures from `ticketty-bench html`, then
# `ticketty html2text` against `w3m -dump` over the shared suite, as processes.
#
# Usage: scripts/bench-html.sh            (from anywhere; the repository is found from the script)
# Environment: SUITE (default ../shared/html-suite/html), WIDTH (default 80),
#              TICKETTY / BENCH (prebuilt binaries; default: build them in release mode).
set -euo pipefail

cd "$(dirname "$0")/.."
SUITE=${SUITE:-../shared/html-suite/html}
WIDTH=${WIDTH:-80}

# w3m is the yardstick; install it from Debian's packages if it is missing. hyperfine is optional.
if ! command -v w3m >/dev/null; then
    SUDO=$([ "$(id -u)" -eq 0 ] && echo "" || echo sudo)
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq w3m
    $SUDO apt-get install -y -qq hyperfine || true
fi

# Release builds with the Swift runtime and Foundation linked statically, as ticketty ships: a
# filter started once per message otherwise spends most of its life in the dynamic loader
# (libFoundation and its ICU data alone take several milliseconds to map and relocate).
BUILD=(swift build -c release --static-swift-stdlib)
if [ -z "${TICKETTY:-}" ] || [ -z "${BENCH:-}" ]; then
    "${BUILD[@]}" --product ticketty
    "${BUILD[@]}" --product ticketty-bench
fi
BIN=$("${BUILD[@]}" --show-bin-path 2>/dev/null || echo .build/release)
TICKETTY=${TICKETTY:-$BIN/ticketty}
BENCH=${BENCH:-$BIN/ticketty-bench}

echo "== In process"
"$BENCH" html --suite "$SUITE" --width "$WIDTH"

shopt -s nullglob
files=("$SUITE"/*.html)
echo
echo "== Processes over ${#files[@]} files of $SUITE (width $WIDTH)"
echo "   w3m: $(w3m -version | head -1)"

empty=$(mktemp --suffix=.html)
trap 'rm -f "$empty"' EXIT
one_ticketty_run="$TICKETTY html2text --width $WIDTH ${files[*]} > /dev/null"
ticketty_per_file="for f in ${files[*]}; do $TICKETTY html2text --width $WIDTH \"\$f\" > /dev/null; done"
w3m_per_file="for f in ${files[*]}; do w3m -dump -T text/html -cols $WIDTH \"\$f\" > /dev/null; done"

if command -v hyperfine >/dev/null; then
    hyperfine --warmup 3 --min-runs 20 \
        -n "ticketty html2text, one process for all files" "$one_ticketty_run" \
        -n "ticketty html2text, one process per file" "$ticketty_per_file" \
        -n "w3m -dump, one process per file" "$w3m_per_file"
    # Start-up alone: one process on an empty file, without a shell in between.
    hyperfine -N --warmup 10 --min-runs 100 \
        -n "ticketty html2text, empty file" "$TICKETTY html2text --width $WIDTH $empty" \
        -n "w3m -dump, empty file" "w3m -dump -T text/html -cols $WIDTH $empty"
else
    for command in "$one_ticketty_run" "$ticketty_per_file" "$w3m_per_file"; do
        bash -c "$command"  # warm-up
        start=$(date +%s%N)
        for _ in $(seq 10); do bash -c "$command"; done
        end=$(date +%s%N)
        echo "$(( (end - start) / 10000000 )) ms per run: $command" | cut -c1-120
    done
fi
