// basemap.mjs writes the Natural Earth 1:10m countries around Peru (npm
// world-atlas 2.0.2, public domain) as GeoJSON for basemapgen, which uses
// them for the country names and their label points.
//
// Usage (from data/prep): node basemap.mjs OUT.geojson   (basemap.sh runs it)
import { readFileSync, writeFileSync } from "node:fs";
import { feature } from "topojson-client";

const out = process.argv[2];
if (!out) throw new Error("usage: node basemap.mjs OUT.geojson");
const src = new URL("./node_modules/world-atlas/countries-10m.json", import.meta.url).pathname;
const topo = JSON.parse(readFileSync(src, "utf8"));
const all = feature(topo, topo.objects.countries);
// Keep countries whose shape touches the region around the atlas extent.
const [minLon, minLat, maxLon, maxLat] = [-90, -25, -60, 5];
const touches = (f) => {
  const walk = (c) => (typeof c[0] === "number" ? c[0] >= minLon && c[0] <= maxLon && c[1] >= minLat && c[1] <= maxLat : c.some(walk));
  return f.geometry && walk(f.geometry.coordinates);
};
const features = all.features.filter(touches).map((f) => ({ type: "Feature", properties: { name: f.properties.name }, geometry: f.geometry }));
writeFileSync(out, JSON.stringify({ type: "FeatureCollection", features }));
console.log(`wrote ${features.length} countries to ${out}`);
