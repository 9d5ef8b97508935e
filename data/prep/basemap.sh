#!/bin/sh
# basemap.sh rebuilds data/basemap/basemap.bin.gz, the embedded offline
# basemap, from real geodata. Run it from anywhere; it needs:
#   - Debian packages gmt, gmt-gshhg-high and gmt-dcw (GSHHG shorelines,
#     WDBII rivers and borders, DCW country polygons; LGPL-3);
#   - Node 20 and `npm install` in data/prep (world-atlas 2.0.2 for Natural
#     Earth country names, public domain; topojson-client to read it);
#   - Go, for data/prep/basemapgen, which also reads the GeoNames towns
#     (CC BY 4.0) from the atlas gazetteer, data/gazetteer.
#
#   cd data/prep && npm install && ./basemap.sh
#
# What basemapgen does, in order (details in its source):
#   1. gmt coast -Dh -W -M: shoreline pieces, stitched into coast lines and
#      closed rings; the mainland is closed along the data bound.
#   2. gmt coast -EPE -M: Peru's DCW polygon; its coastal runs are replaced by
#      the GSHHG shoreline, its other runs are Peru's land border.
#   3. gmt coast -N1 -M: the other national borders (WDBII), cut where they
#      meet Peru's outline.
#   4. gmt coast -Ia -M: all WDBII river classes; the major rivers are named
#      by shortest paths through the river network between gazetteer towns
#      on their banks (the anchors are listed in basemapgen/rivers.go and
#      their distances to the river are logged on every run).
#   5. Labels: Peru and its neighbours at the most interior point of their
#      Natural Earth shapes inside the atlas extent, the Pacific at the
#      open-water point furthest from the coast (capped) and every 50 km
#      along Peru's coast 25 km out to sea, Lake Titicaca in
#      the GSHHG lake nearest Puno, and the gazetteer's towns.
# The output is deterministic; licences are in data/basemap/NOTICE.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

command -v gmt >/dev/null || { echo "basemap.sh: gmt not found (apt-get install gmt gmt-gshhg-high gmt-dcw)" >&2; exit 1; }
[ -d "$here/node_modules/world-atlas" ] || { echo "basemap.sh: run npm install in $here first" >&2; exit 1; }

node "$here/basemap.mjs" "$tmp/countries.geojson"
cd "$root"
go run ./data/prep/basemapgen -countries "$tmp/countries.geojson" -out data/basemap/basemap.bin.gz
