// The gazetteer places are found in (data/gazetteer/places.json, written by scripts/gazetteer.ts
// from world-countries and GeoNames): countries, first-level regions and towns, each with its
// coordinates, and a look-up by folded name.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../cache.js";
import { foldName } from "./countryNames.js";

export type PlaceKind = "country" | "region" | "city";

export interface GazetteerEntry {
  name: string;
  aliases: string[];
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2 code of the country it is in (or is); empty for a world region. */
  country: string;
  lat: number;
  lon: number;
  /** People living there (towns only; 0 for countries and regions). */
  population: number;
  /** A country's ISO 3166-1 numeric code ("562"), the id its outline has in world-atlas. */
  numeric?: string;
}

export interface Gazetteer {
  /** Every entry whose name or alias folds to `name`'s folded form. */
  find(name: string): GazetteerEntry[];
}

type Packed = [string, string[], PlaceKind, string, number, number, number, string?];

/** A gazetteer over `entries`. */
export function gazetteerOf(entries: readonly GazetteerEntry[]): Gazetteer {
  const index = new Map<string, GazetteerEntry[]>();
  for (const e of entries) {
    for (const name of new Set([e.name, ...e.aliases].map(foldName))) {
      const list = index.get(name);
      if (list) list.push(e);
      else index.set(name, [e]);
    }
  }
  return { find: (name) => index.get(foldName(name)) ?? [] };
}

let shipped: Gazetteer | undefined;
/** The gazetteer the project ships (read once). */
export function shippedGazetteer(): Gazetteer {
  if (!shipped) {
    const packed = JSON.parse(readFileSync(join(PROJECT_ROOT, "data", "gazetteer", "places.json"), "utf8")) as Packed[];
    shipped = gazetteerOf(
      packed.map(([name, aliases, kind, country, lat, lon, population, numeric]) => ({
        name,
        aliases,
        kind,
        country,
        lat,
        lon,
        population,
        ...(numeric ? { numeric } : {}),
      })),
    );
  }
  return shipped;
}
