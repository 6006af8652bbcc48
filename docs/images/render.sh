#!/usr/bin/env bash
# Draws the README's pictures from the demo data: run from the repository
# root as  bash docs/images/render.sh  (the report's screenshot needs
# Debian's chromium).
set -euo pipefail
cd "$(dirname "$0")/../.."
D=testdata/demo
in=(--people $D/people.csv --memberships $D/memberships.csv --networks $D/networks.csv --ties $D/ties.csv --ego me)
bin="$(mktemp -d)"
trap 'rm -rf "$bin"' EXIT
go build -o "$bin/ties" ./cmd/ties
for view in network ego groups groupmap communities; do
	"$bin/ties" render "${in[@]}" --view "$view" --max-pixels 1400 --out "docs/images/$view.png"
done
"$bin/ties" render "${in[@]}" --goals $D/goals.csv --view brings --network "European MedTech Association" \
	--max-pixels 1400 --out docs/images/brings.png
"$bin/ties" report "${in[@]}" --goals $D/goals.csv --client "Karin Lindqvist" --date 2026-12-01 --out "$bin/report.html"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,1900 \
	--screenshot=docs/images/report.png "file://$bin/report.html" 2>/dev/null
