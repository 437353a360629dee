#!/usr/bin/env bash
# Benchmark visieleer on a national-size map: 342 trajecten (one per gemeente) of 30
# duo-interviews × 10 quotes each, and the same at 2× and 4× that size.
#
#   bench/run.sh            # all sizes (1 2 4)
#   bench/run.sh 1          # only 1×
#
# Needs hyperfine (installed with apt-get when missing) and GNU time (/usr/bin/time) for peak
# memory. Prints a markdown table for HANDLEIDING.md. Not part of CI: timings depend on the machine.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v hyperfine >/dev/null; then
    echo "hyperfine ontbreekt; installeren met apt-get…" >&2
    apt-get install -y hyperfine >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y hyperfine >/dev/null; }
fi
if [ ! -x /usr/bin/time ]; then
    echo "GNU time ontbreekt; installeren met apt-get…" >&2
    apt-get install -y time >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y time >/dev/null; }
fi

cargo build --release --quiet
cargo build --release --quiet --example genereer
bin="$PWD/target/release/visieleer"
werk=$(mktemp -d)
trap 'rm -rf "$werk"' EXIT
export VISIELEER_VANDAAG=2024-06-01
export NO_COLOR=1

factoren=("${@:-1 2 4}")
factoren=(${factoren[*]})
slug=gemeente-0100

echo "| Kaart | Opdracht | Gemiddeld (ms) | ± (ms) | Piekgeheugen (MB) |"
echo "| --- | --- | ---: | ---: | ---: |"
for f in "${factoren[@]}"; do
    map="$werk/x$f"
    target/release/examples/genereer "$map" "$f" >&2
    cp "$map/$slug.yaml" "$werk/$slug.yaml.orig"
    grootte=$(du -sm "$map" | cut -f1)
    aantal=$((342 * f))
    opdrachten=(
        "overzicht"
        "check"
        "toon $slug"
        "rapport $slug"
        "citaat $slug 1 Een_nieuw_citaat_voor_de_meting."
    )
    if "$bin" --help | grep -q "rode-draden"; then
        opdrachten+=("rode-draden")
    fi
    for opdracht in "${opdrachten[@]}"; do
        # `citaat` writes: restore the file before every run so each measures the same write.
        voorbereiding="true"
        if [[ $opdracht == citaat* ]]; then
            voorbereiding="cp $werk/$slug.yaml.orig $map/$slug.yaml"
        fi
        hyperfine --style none --warmup 2 --min-runs 5 --ignore-failure \
            --prepare "$voorbereiding" \
            --export-json "$werk/h.json" \
            "$bin --map $map $opdracht" >/dev/null 2>&1
        gem=$(python3 -c "import json;r=json.load(open('$werk/h.json'))['results'][0];print(f\"{r['mean']*1000:.0f}\")")
        sd=$(python3 -c "import json;r=json.load(open('$werk/h.json'))['results'][0];print(f\"{(r['stddev'] or 0)*1000:.0f}\")")
        eval "$voorbereiding"
        /usr/bin/time -o "$werk/time.txt" -f "%M" "$bin" --map "$map" $opdracht >/dev/null 2>&1 || true
        piek=$(tail -1 "$werk/time.txt")
        naam=${opdracht%% *}
        echo "| ${f}× ($aantal trajecten, $grootte MB) | $naam | $gem | $sd | $(python3 -c "print(f'{$piek/1024:.1f}')") |"
    done
    rm -rf "$map"
done
