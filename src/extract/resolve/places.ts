// Where the place actors are: each place actor found in a gazetteer (by its name or an alias, with
// words such as "region" or "province" dropped), at the entry's coordinates. A name several entries
// share is settled by the countries the briefing itself names (most mentions first), then a country
// before a town before a region (a region is often named after its seat), then the larger town; a
// world region that spans countries (the Sahel) before a same-named region or town of one country.
// A place not found keeps null coordinates and says why: it is listed, never guessed.
import type { ActorRow } from "../types.js";
import type { Gazetteer, GazetteerEntry, PlaceKind } from "./gazetteer.js";

export interface PlaceRow {
  /** The actor's id (the actors table). */
  actor: string;
  name: string;
  mentions: number;
  articles: number;
  /** What the gazetteer holds it as; null when it is not found. */
  kind: PlaceKind | null;
  /** ISO 3166-1 alpha-2 code of its country (or of itself, for a country); null for a world region. */
  country: string | null;
  lat: number | null;
  lon: number | null;
  /** For a country, its ISO 3166-1 numeric code (its outline's id in world-atlas). */
  numeric: string | null;
  /** The gazetteer's name for it. */
  matched: string | null;
  /** Why it has no coordinates. */
  missing?: string;
}

const GENERIC = /\s+(region|province|state|department|district|governorate|oblast|prefecture|county|municipality)$/i;
const KIND_ORDER: Record<PlaceKind, number> = { country: 0, city: 1, region: 2 };

function candidates(actor: ActorRow, gazetteer: Gazetteer): GazetteerEntry[] {
  const names = new Set([actor.name, ...actor.aliases]);
  for (const n of [...names]) {
    const bare = n.replace(GENERIC, "").replace(/^(the\s+)?(region|province|state) of\s+/i, "");
    if (bare !== n && bare.length > 1) names.add(bare);
  }
  const found = new Set<GazetteerEntry>();
  for (const n of names) for (const e of gazetteer.find(n)) found.add(e);
  return [...found];
}

function choose(found: GazetteerEntry[], namedCountries: Map<string, number>): GazetteerEntry {
  // a world region spanning countries ("Sahel") is not the region or town of one country that shares its name
  const world = found.find((e) => e.kind === "region" && !e.country);
  if (world && !found.some((e) => e.kind === "country")) return world;
  return [...found].sort(
    (a, b) =>
      (namedCountries.get(b.country) ?? 0) - (namedCountries.get(a.country) ?? 0) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      b.population - a.population,
  )[0];
}

/** The places table: one row per place actor, in the actors table's order. */
export function placesOf(actors: readonly ActorRow[], gazetteer: Gazetteer): PlaceRow[] {
  const places = actors.filter((a) => a.type === "place");
  const found = places.map((a) => candidates(a, gazetteer));
  // the countries the briefing names, weighted by how often: they settle ambiguous names
  const namedCountries = new Map<string, number>();
  places.forEach((a, i) => {
    const country = found[i].find((e) => e.kind === "country");
    if (country) namedCountries.set(country.country, (namedCountries.get(country.country) ?? 0) + (a.mentionCount ?? 1));
  });
  return places.map((a, i) => {
    const base = { actor: a.id, name: a.name, mentions: a.mentionCount ?? 0, articles: a.articles.length };
    if (!found[i].length)
      return { ...base, kind: null, country: null, lat: null, lon: null, numeric: null, matched: null, missing: "not in the gazetteer" };
    const e = choose(found[i], namedCountries);
    return { ...base, kind: e.kind, country: e.country || null, lat: e.lat, lon: e.lon, numeric: e.numeric ?? null, matched: e.name };
  });
}
