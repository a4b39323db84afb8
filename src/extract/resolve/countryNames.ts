// Country names, codes, alternative spellings and demonyms from the maintained `world-countries`
// package, folded into one lookup: any way of writing a country → its common English name.
import worldCountries, { type Country } from "world-countries";

// The package's CommonJS typings describe the module, not the array it exports.
const countries = worldCountries as unknown as Country[];

/** Folds a name for comparison: no dots, no "the", one space, lower case. */
export function foldName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’']s$/i, "")
    .replace(/\./g, "")
    .replace(/^the\s+/i, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

function buildCountryIndex(): Map<string, string> {
  const index = new Map<string, string>();
  const add = (alias: string | undefined, name: string) => {
    if (!alias) return;
    const key = foldName(alias);
    // two-letter codes other than well-known ones ("US", "UK") collide with words: skip them
    if (key.length < 2 || (key.length === 2 && !["us", "uk"].includes(key))) return;
    if (!index.has(key)) index.set(key, name);
  };
  // sovereign states first, so that "French" is France, not the French Southern Lands
  const ranked = [...countries].sort((a, b) => Number(b.unMember) - Number(a.unMember) || Number(b.independent) - Number(a.independent));
  for (const c of ranked) {
    const name = c.name.common;
    add(name, name);
    add(c.name.official, name);
    add(c.cca3 === "USA" || c.cca3 === "GBR" ? c.cca3 : undefined, name);
    for (const alt of c.altSpellings ?? []) if (alt.length > 2 || alt === "US" || alt === "UK") add(alt, name);
    const eng = c.demonyms?.eng;
    if (eng) {
      add(eng.m, name);
      add(eng.f, name);
    }
  }
  // everyday forms the package does not list
  add("America", "United States");
  add("U.S.A.", "United States");
  add("Britain", "United Kingdom");
  add("Great Britain", "United Kingdom");
  add("British", "United Kingdom");
  add("Americans", "United States");
  return index;
}

const COUNTRY_INDEX = buildCountryIndex();

/** The country a name, code or demonym refers to ("U.S." → "United States", "Nigerien" → "Niger"). */
export function countryOf(name: string): string | undefined {
  const key = foldName(name);
  return COUNTRY_INDEX.get(key) ?? (key.endsWith("s") ? COUNTRY_INDEX.get(key.slice(0, -1)) : undefined);
}
