#!/usr/bin/env bash
# Issue 5's performance floors at 100,000 tickets: the headless figures from
# `ticketty-bench floors`, then the real binaries in a tmux pane (`ticketty-bench tmux`).
#
# Usage: scripts/bench-floors.sh            (from anywhere; the repository is found from the script)
# Environment: TICKETS (default 100000), IDLE_SECONDS (default 60), KEYS (default 2000),
#              SKIP_TMUX=1 (headless part only), BIN (prebuilt release directory; default: build).
set -euo pipefail

cd "$(dirname "$0")/.."
TICKETS=${TICKETS:-100000}
IDLE_SECONDS=${IDLE_SECONDS:-60}
KEYS=${KEYS:-2000}

if [ -z "${BIN:-}" ]; then
    # The bench drives the ticketty and desksim binaries next to it: build all three.
    for product in ticketty-bench ticketty desksim; do
        swift build -c release --product "$product"
    done
    BIN=$(swift build -c release --show-bin-path)
fi

command -v tmux >/dev/null || { echo "tmux is needed for the real-terminal run" >&2; SKIP_TMUX=1; }

echo "== Machine: $(nproc) cores, $(uname -sr), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "== Headless (virtual screen)"
status=0
"$BIN/ticketty-bench" floors --tickets "$TICKETS" --keys "$KEYS" || status=$?
if [ -z "${SKIP_TMUX:-}" ]; then
    echo
    echo "== Real terminal (tmux)"
    "$BIN/ticketty-bench" tmux --tickets "$TICKETS" --idle-seconds "$IDLE_SECONDS" --bin-directory "$BIN" || status=$?
fi
exit $status
