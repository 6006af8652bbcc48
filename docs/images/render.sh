#!/usr/bin/env bash
# Draws the README's pictures from the demo data: run from the repository
# root as  bash docs/images/render.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
D=testdata/demo
in=(--people $D/people.csv --memberships $D/memberships.csv --networks $D/networks.csv --ties $D/ties.csv --ego me)
go build -o /tmp/ties-images ./cmd/ties
for view in network ego groups groupmap; do
	/tmp/ties-images render "${in[@]}" --view "$view" --color-by profession --max-pixels 1400 --out "docs/images/$view.png"
done
