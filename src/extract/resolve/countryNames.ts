// Any way of writing a country (name, code, alternative spelling, demonym) → its common English
// name, compared case- and dot-insensitively. The word lists are the actor recognizer's gazetteer.
import { COUNTRY_NAMES, DEMONYMS } from "../recognize/actors/gazetteer.js";
import { boundedMemo } from "../util/memo.js";

/** Folds a name for comparison: no accents, dots, "the" or possessive; one space; lower case. Memoized: the same few thousand names are folded over and over. */
export const foldName = boundedMemo(fold);

function fold(name: string): string {
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

const COUNTRY_INDEX = new Map<string, string>();
for (const [alias, country] of [...COUNTRY_NAMES, ...DEMONYMS]) {
  const key = foldName(alias);
  if (!COUNTRY_INDEX.has(key)) COUNTRY_INDEX.set(key, country);
}

/** The country a name, code or demonym refers to ("U.S." → "United States", "Nigerien" → "Niger"). */
export function countryOf(name: string): string | undefined {
  return COUNTRY_INDEX.get(foldName(name));
}
