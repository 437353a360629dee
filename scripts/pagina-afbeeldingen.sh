#!/usr/bin/env bash
# Makes the page images HANDLEIDING.md shows (docs/paginas/*.png): one page of each document
# visieleer typesets, printed by the real binary as PDF and rasterised by pdftoppm at 50 dpi.
#
#   scripts/pagina-afbeeldingen.sh            # builds visieleer (debug) and uses it
#   VISIELEER=/pad/naar/visieleer scripts/pagina-afbeeldingen.sh
#
# Needs poppler-utils (pdftoppm); optipng makes the files smaller when it is there. The images
# are for reading; no test depends on their bytes. Run it again after a change to the layout.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

if [ -z "${VISIELEER:-}" ]; then
    cargo build --quiet
    VISIELEER="$root/target/debug/visieleer"
fi
uit="$root/docs/paginas"
mkdir -p "$uit"

werk=$(mktemp -d)
trap 'rm -rf "$werk"' EXIT
mkdir -p "$werk/trajecten"
cp examples/zeewaarde.yaml trajecten/*.yaml "$werk/trajecten/"
cd "$werk"
export VISIELEER_VANDAAG=2024-04-15 VISIELEER_ZOEKGRENS="$werk" NO_COLOR=1

# name, page, command
maak() {
    local naam=$1 pagina=$2
    shift 2
    "$VISIELEER" "$@" --pdf -o "$naam.pdf" >/dev/null
    pdftoppm -png -r 50 -f "$pagina" -l "$pagina" -singlefile "$naam.pdf" "$uit/$naam"
    if command -v optipng >/dev/null 2>&1; then
        optipng -quiet -o5 -strip all "$uit/$naam.png"
    fi
    echo "$uit/$naam.png ($(stat -c %s "$uit/$naam.png") bytes)"
}

maak rapport 4 rapport zeewaarde
maak kaartjes 2 kaartjes zeewaarde
maak rode-draden 1 rode-draden
maak overzicht 1 overzicht
maak factsheet 1 rapport twenterand
