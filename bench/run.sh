#!/usr/bin/env bash
# Benchmark visieleer on a realistic national map (examples/genereer.rs): 342 trajecten, one
# per gemeente, each with its own staff, 30 duo-interviews of 10 quotes (a third imported from
# notes), synthesis, afspraken and nazorg; and the same at 2× and 4× that size.
#
#   bench/run.sh            # all sizes (1 2 4)
#   bench/run.sh 1          # only 1×
#   RONDES=9 bench/run.sh   # more runs per command (default 5; the median is reported)
#   bench/run.sh 0          # only the row of one traject with 100 000 quotes
#   ZONDER_GROOT=1 bench/run.sh  # without that row
#
# Prints a markdown table for HANDLEIDING.md with two floors beside the commands: `cat` of every
# file of the map, and a single-thread parse of every file into a generic YAML value with the
# same library (examples/vloer.rs). Needs python3 and GNU time (apt-get install time). Not part of CI: timings depend on the machine.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --quiet
cargo build --release --quiet --example genereer --example vloer
bin="$PWD/target/release/visieleer"
vloer="$PWD/target/release/examples/vloer"
werk=$(mktemp -d)
trap 'rm -rf "$werk"' EXIT
export VISIELEER_VANDAAG=2026-06-01
export NO_COLOR=1

factoren=("${@:-1 2 4}")
factoren=(${factoren[*]})
[[ "${factoren[*]}" == "0" ]] && factoren=()

echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GB; belasting bij de start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| Kaart | Opdracht | Mediaan (ms) | Verhouding | Piekgeheugen (MB) |"
echo "| --- | --- | ---: | ---: | ---: |"
for f in "${factoren[@]}"; do
    map="$werk/x$f"
    target/release/examples/genereer "$map" "$f" >&2
    fouten=$("$bin" --map "$map" check | tail -1)
    echo "$fouten" >&2
    grootte=$(du -sm "$map" | cut -f1)
    python3 bench/meet.py "$bin" "$vloer" "$map" "$f" $((342 * f)) "$grootte"
    rm -rf "$map"
done
# One traject of 100 000 quotes (issue 17): every document and export of it against a `toon`,
# and the import of 20 000 and 200 000 codings on one selection of a small traject (450 000
# codes with their names unpack to more than the 64 MB an import reads).
if [[ -z "${ZONDER_GROOT:-}" ]]; then
    map="$werk/groot"
    klein="$werk/klein"
    target/release/examples/genereer "$map" --citaten 100000 >&2
    target/release/examples/genereer "$klein" --citaten 500 >&2
    "$bin" --map "$map" check | tail -1 >&2
    "$bin" --map "$klein" check | tail -1 >&2
    python3 bench/meet.py --groot "$bin" "$map" "$(du -sm "$map" | cut -f1)" "$klein"
    rm -rf "$map" "$klein"
fi
echo
echo "Belasting aan het eind: $(cut -d' ' -f1-3 /proc/loadavg)"
