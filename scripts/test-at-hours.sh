#!/usr/bin/env bash
# Every test must pass at any hour: runs the whole suite under a faked clock (libfaketime) once while every
# team is open (a Wednesday, 18:00 UTC: 10 AM in Los Angeles, 1 PM in New York) and once while every team is
# closed (a Sunday, 08:00 UTC: midnight in Los Angeles, 3 AM in New York). The days are the latest ones
# before today, so dates in the tests stay near the real one.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v faketime >/dev/null || { echo "faketime is missing: apt-get install faketime"; exit 1; }

moment() { # the latest given weekday (0 = Sunday) before today, at the given UTC hour
  node -e 'const [day, hour] = process.argv.slice(1).map(Number); const d = new Date(); d.setUTCHours(hour, 0, 0, 0);
    do d.setUTCDate(d.getUTCDate() - 1); while (d.getUTCDay() !== day);
    console.log(d.toISOString().replace("T", " ").slice(0, 19));' "$1" "$2"
}

for when in "$(moment 3 18) every team open" "$(moment 0 8) every team closed"; do
  echo "== tests at ${when}"
  TZ=UTC faketime "${when:0:19}" npx jest --ci "$@"
done
