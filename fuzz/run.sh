#!/usr/bin/env bash
# Fuzzes the traject-file loader (tests/fuzz_lader.rs, a module of the one test binary tests/main.rs) and the notes reader
# (tests/fuzz_notities.rs) for a set time.
#
#   fuzz/run.sh            # 10 minutes
#   fuzz/run.sh 3600       # an hour
#
# Each round runs the proptest targets with PROPTEST_CASES cases and fresh random seeds,
# starting from the seed files in fuzz/corpus/. A panic, or a round that takes far longer than
# the others (a hang), stops the script with the failing input printed by proptest.
set -euo pipefail
cd "$(dirname "$0")/.."

duur=${1:-600}
cases=${PROPTEST_CASES:-20000}
cargo test --release --test main --no-run >/dev/null 2>&1
einde=$(( $(date +%s) + duur ))
ronde=0
totaal=0
while [ "$(date +%s)" -lt "$einde" ]; do
    ronde=$((ronde + 1))
    # A round normally takes seconds; ten minutes means a hang.
    if ! PROPTEST_CASES=$cases timeout 600 cargo test --release --quiet --test main fuzz_ >/tmp/visieleer-fuzz.log 2>&1; then
        cat /tmp/visieleer-fuzz.log
        echo "fuzz: ronde $ronde faalde of hing (zie hierboven)." >&2
        exit 1
    fi
    totaal=$((totaal + 6 * cases))
done
echo "fuzz: $ronde rondes, $totaal invoeren in ${duur}s, geen paniek en geen hang."
