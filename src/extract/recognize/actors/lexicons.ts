// Name lists the actor tagger reads as features, not as rules: world places (cities and
// first-level administrative regions, derived at training time from GeoNames) and common given
// names. They travel inside the model file (`lexicons`), so the tagger sees at extraction time the
// same lists it was trained with. Matching is case-sensitive on the words as the tagger reads them.
// Pure.

/** The lists as stored in the model file. */
export interface LexiconsJSON {
  /** Place names, one string each, words separated by single spaces ("Abu Dhabi", "Tillabéri"). */
  places: string[];
  /** Given names as written ("Mohamed", "Aisha"). */
  givenNames: string[];
  /** Everyday English words in lower case, by frequency band (most frequent band first). */
  commonWords: string[][];
}

/** The lists ready for matching. */
export interface Lexicons {
  /** First word → the remaining words of each place name opening with it, longest first. */
  places: Map<string, string[][]>;
  givenNames: Set<string>;
  /** Lower-case word → its frequency band (0: most frequent). */
  commonWords: Map<string, number>;
}

export const EMPTY_LEXICONS: LexiconsJSON = { places: [], givenNames: [], commonWords: [] };

export function buildLexicons(json: LexiconsJSON): Lexicons {
  // made at every start of a command or worker (5,000 places, 38,000 everyday words), mostly by
  // code not yet compiled: no rest array per name, no sort of a list of one
  const places = new Map<string, string[][]>();
  for (const name of json.places) {
    const cut = name.indexOf(" ");
    const first = cut < 0 ? name : name.slice(0, cut);
    const rest = cut < 0 ? [] : name.slice(cut + 1).split(" ");
    const list = places.get(first);
    if (list) list.push(rest);
    else places.set(first, [rest]);
  }
  for (const list of places.values()) if (list.length > 1) list.sort((a, b) => b.length - a.length);
  const commonWords = new Map<string, number>();
  json.commonWords.forEach((band, k) => {
    for (const w of band) if (!commonWords.has(w)) commonWords.set(w, k);
  });
  return { places, givenNames: new Set(json.givenNames), commonWords };
}

/** Whether every first word of `places` opens with an ASCII capital or a non-ASCII character (the lexicon is not changed once made). */
const capitalizedPlaces = new WeakMap<Lexicons["places"], boolean>();
function opensCapitalized(places: Lexicons["places"]): boolean {
  let capitalized = capitalizedPlaces.get(places);
  if (capitalized === undefined) {
    capitalized = true;
    for (const first of places.keys()) {
      const code = first.charCodeAt(0);
      if (code < 128 && (code < 65 || code > 90)) capitalized = false;
    }
    capitalizedPlaces.set(places, capitalized);
  }
  return capitalized;
}

/**
 * Per-token place labels: "B1" for a one-word place name, "B2"/"I2" for two words, "B3"/"I3" for
 * three or more; "" outside. Longest match first, left to right, no overlaps.
 */
export function placeLabels(words: string[], places: Lexicons["places"]): string[] {
  const labels = new Array<string>(words.length).fill("");
  const capitalized = opensCapitalized(places);
  for (let i = 0; i < words.length; i++) {
    // most words open with a lower-case letter, a digit or a mark: no place name opens so, and a
    // look-up of each cost more than the rest of the labelling
    const code = words[i].charCodeAt(0);
    if (capitalized && code < 128 && (code < 65 || code > 90)) continue;
    const list = places.get(words[i]);
    if (!list) continue;
    for (const rest of list) {
      if (i + 1 + rest.length > words.length) continue;
      let ok = true;
      for (let k = 0; k < rest.length && ok; k++) ok = words[i + 1 + k] === rest[k];
      if (!ok) continue;
      const len = Math.min(3, rest.length + 1);
      labels[i] = "B" + len;
      for (let k = 1; k <= rest.length; k++) labels[i + k] = "I" + len;
      i += rest.length;
      break;
    }
  }
  return labels;
}

/** "Tillabéri" → "Tillaberi": the form written without accents. */
const withoutAccents = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC");

/** Words that name the kind of an administrative unit after its name ("Borno State", "Diffa Region"). */
const ADMIN_KINDS = /\s+(?:State|Region|Province|Governorate|Oblast|District|Prefecture|County|Department|Division|Municipality)$/u;

/** Names as written and without accents, trimmed, single-spaced, capitalized; sorted, no repeats. */
function nameForms(names: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const n of names)
    for (const form of [n, withoutAccents(n)]) {
      const t = form.trim().replace(/\s+/g, " ");
      if (/^\p{Lu}/u.test(t)) out.add(t);
    }
  return [...out].sort();
}

/**
 * Place names from first-level administrative regions ("Borno State", "Nineveh", "Tillabéri
 * Region"): each name as given, without its kind word ("Borno"), and without accents.
 */
export function placeNames(adminRegions: Iterable<string>): string[] {
  const names: string[] = [];
  for (const n of adminRegions) names.push(n, n.replace(ADMIN_KINDS, ""));
  return nameForms(names);
}

/** Given names in title case ("abdoulaye" → "Abdoulaye", "mary-jane" → "Mary-Jane"). */
export function givenNames(lowercase: Iterable<string>): string[] {
  const titled = [...lowercase].map((w) => w.replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase()));
  return nameForms(titled).filter((n) => !n.includes(" "));
}

/** Frequency bands of everyday words: lower-case letters only, each word in its first band, sorted. */
export function commonWordBands(bands: Iterable<string>[]): string[][] {
  const seen = new Set<string>();
  return bands.map((band) => {
    const out: string[] = [];
    for (const w of band) if (/^\p{Ll}+$/u.test(w) && !seen.has(w)) out.push(w);
    for (const w of out) seen.add(w);
    return [...new Set(out)].sort();
  });
}
