// Word lists the actor recognizer uses as features and rules: countries (names, aliases,
// demonyms → common name, capitals) from the `world-countries` package, a short list of world
// regions that are not countries, personal titles, and
// words that end organization names. Also the multi-word matcher that marks gazetteer hits in a
// token sequence. Pure data + pure functions.
import { createRequire } from "node:module";
import type { Country } from "world-countries";
import { DISSOLVED_STATES, OTHER_COUNTRY_NAMES, OTHER_DEMONYMS } from "./countryForms.js";
import { boundedMemo } from "../../util/memo.js";

// the package's data as JSON, required at run time rather than bundled: the compiled command lines
// and workers would otherwise compile 1.2 MB of it as code at every start, twice the time of parsing it
const countries = createRequire(import.meta.url)("world-countries") as Country[];

/** Geographic regions that are not countries: generic world knowledge. */
export const REGIONS = [
  "Africa",
  "West Africa",
  "East Africa",
  "North Africa",
  "Southern Africa",
  "Central Africa",
  "Sub-Saharan Africa",
  "Horn of Africa",
  "Sahel",
  "Sahara",
  "Maghreb",
  "Middle East",
  "Near East",
  "Levant",
  "Persian Gulf",
  "Arabian Peninsula",
  "Balkans",
  "Caucasus",
  "Central Asia",
  "South Asia",
  "Southeast Asia",
  "East Asia",
  "Asia",
  "Europe",
  "Eastern Europe",
  "Western Europe",
  "Latin America",
  "South America",
  "North America",
  "Central America",
  "Caribbean",
  "Scandinavia",
  "Mediterranean",
  "Indo-Pacific",
  "Arctic",
  "Antarctica",
  "Lake Chad",
  "Kurdistan",
  "Darfur",
  "Donbas",
  "Crimea",
  "Gaza",
  "West Bank",
];

/** Country name or alias (as written) → common name. */
export const COUNTRY_NAMES = new Map<string, string>();
/** Demonym ("Nigerien", "American") → common name of the country. */
export const DEMONYMS = new Map<string, string>();
/** Capital cities (feature only: many are also personal names). */
export const CAPITALS = new Set<string>();
/** Capital city → common name of its country ("Havana" → "Cuba"), for a dateline's country. */
export const CAPITAL_COUNTRIES = new Map<string, string>();

{
  // independent countries first so shared demonyms ("American", "French") go to them
  const ordered = [...countries].sort((a, b) => Number(b.independent) - Number(a.independent));
  for (const c of ordered) {
    const common = c.name.common;
    const names = [common, c.name.official, ...c.altSpellings.filter((s) => /^[A-Za-z][A-Za-z .'-]{2,}$/.test(s))];
    for (const n of names) if (!COUNTRY_NAMES.has(n)) COUNTRY_NAMES.set(n, common);
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (d && !DEMONYMS.has(d)) DEMONYMS.set(d, common);
    for (const cap of c.capital ?? []) {
      CAPITALS.add(cap);
      if (!CAPITAL_COUNTRIES.has(cap)) CAPITAL_COUNTRIES.set(cap, common);
    }
  }
  const extra: Array<[string, string]> = [
    ["US", "United States"],
    ["U.S.", "United States"],
    ["U.S.A.", "United States"],
    ["USA", "United States"],
    ["America", "United States"],
    ["UK", "United Kingdom"],
    ["U.K.", "United Kingdom"],
    ["Britain", "United Kingdom"],
    ["Great Britain", "United Kingdom"],
    ["UAE", "United Arab Emirates"],
    ["DRC", "DR Congo"],
  ];
  for (const [n, c] of extra) COUNTRY_NAMES.set(n, c);
  const extraDemonyms: Array<[string, string]> = [
    ["Britons", "United Kingdom"],
    ["Americans", "United States"],
    ["Emirati", "United Arab Emirates"],
  ];
  for (const [n, c] of extraDemonyms) DEMONYMS.set(n, c);
  // plural demonyms ("Nigeriens", "Russians") for the -an/-ian/-i/-ien forms
  for (const [d, c] of [...DEMONYMS]) if (/(an|ien|i)$/.test(d) && !DEMONYMS.has(d + "s")) DEMONYMS.set(d + "s", c);
}

/**
 * Well-known companies, platforms, news agencies and broadcasters: organizations wherever they
 * appear, never places or persons. Names that are also everyday words or places ("Apple",
 * "Amazon", "Shell", "X") need a cue and are in CONTEXT_COMPANIES instead.
 */
export const COMPANIES = [
  // platforms and apps
  "Facebook",
  "Twitter",
  "YouTube",
  "TikTok",
  "Instagram",
  "WhatsApp",
  "Telegram",
  "Snapchat",
  "LinkedIn",
  "Reddit",
  "WeChat",
  "Weibo",
  "Douyin",
  "Signal",
  "Viber",
  "VK",
  "VKontakte",
  "Threads",
  "Bluesky",
  "Truth Social",
  "Rumble",
  "Discord",
  "Twitch",
  "Pinterest",
  "Spotify",
  "Netflix",
  "Wikipedia",
  "Zoom",
  "Skype",
  "Facebook Messenger",
  // technology
  "Google",
  "Alphabet",
  "Microsoft",
  "Meta",
  "Meta Platforms",
  "OpenAI",
  "Anthropic",
  "Nvidia",
  "Intel",
  "IBM",
  "Oracle",
  "Samsung",
  "Huawei",
  "Xiaomi",
  "Tencent",
  "Alibaba",
  "Baidu",
  "ByteDance",
  "Sony",
  "Nokia",
  "Ericsson",
  "Cisco",
  "Qualcomm",
  "Tesla",
  "SpaceX",
  "Starlink",
  "PayPal",
  "Visa",
  "Mastercard",
  "eBay",
  "Yahoo",
  // transport, energy, finance, industry
  "Uber",
  "Lyft",
  "Airbnb",
  "Careem",
  "Didi",
  "Grab",
  "Boeing",
  "Airbus",
  "Lockheed Martin",
  "Raytheon",
  "Northrop Grumman",
  "General Dynamics",
  "BAE Systems",
  "Rheinmetall",
  "Thales",
  "Dassault",
  "Rosatom",
  "Gazprom",
  "Rosneft",
  "Lukoil",
  "Aramco",
  "Saudi Aramco",
  "ExxonMobil",
  "Exxon",
  "Chevron",
  "TotalEnergies",
  "BP",
  "Glencore",
  "Orano",
  "Areva",
  "Vale",
  "Toyota",
  "Volkswagen",
  "Renault",
  "Stellantis",
  "Siemens",
  "Goldman Sachs",
  "JPMorgan",
  "Morgan Stanley",
  "Citigroup",
  "Barclays",
  "HSBC",
  "BlackRock",
  "Walmart",
  "Pfizer",
  "Moderna",
  "AstraZeneca",
  "Qatar Airways",
  "Lufthansa",
  "Ryanair",
  "Aeroflot",
  "Maersk",
  // news agencies, papers and broadcasters
  "Reuters",
  "AFP",
  "Agence France-Presse",
  "Associated Press",
  "Bloomberg",
  "CNN",
  "BBC",
  "MSNBC",
  "CNBC",
  "Fox News",
  "Sky News",
  "Al Jazeera",
  "Al Arabiya",
  "Al-Manar",
  "RT",
  "Sputnik",
  "TASS",
  "Xinhua",
  "Anadolu Agency",
  "NPR",
  "PBS",
  "ABC News",
  "CBS News",
  "NBC News",
  "Politico",
  "Axios",
  "Euronews",
  "Deutsche Welle",
  "The New York Times",
  "New York Times",
  "Washington Post",
  "Wall Street Journal",
  "Financial Times",
  "The Guardian",
  "The Economist",
  "Le Monde",
  "Der Spiegel",
  "Haaretz",
  "Times of Israel",
];
/** COMPANIES as a set, for look-ups. */
export const COMPANY_NAMES: ReadonlySet<string> = new Set(COMPANIES);
/** Company names that are also common words or places: organizations only after a cue ("on X", "an Apple spokesperson"). */
export const CONTEXT_COMPANIES = new Set([
  "X",
  "Apple",
  "Amazon",
  "Shell",
  "Meta",
  "Signal",
  "Threads",
  "Zoom",
  "Visa",
  "Grab",
  "Vale",
  "Orange",
  "Total",
]);
/** Words that end a company's name ("Uber Technologies Inc", "Emirates Airlines"). */
export const CORPORATE_SUFFIXES = new Set(
  `inc inc. corp corp. corporation ltd ltd. llc plc co. company companies group holdings holding airlines airline airways
  bank technologies systems industries motors media entertainment pharmaceuticals telecom telecommunications
  petroleum energy capital partners ventures labs gmbh s.a. sa logistics automotive aerospace communications electronics
  foods insurance solutions software networks pharma studios records shipping mining steel chemicals resources investments
  securities brands stores retail construction engineering motor`.split(/\s+/),
);

/** Words of personal titles and roles, lowercased (a role phrase must hold one). */
export const TITLE_WORDS = new Set(
  `president vice-president prime premier minister secretary secretary-general undersecretary under-secretary deputy acting
  chancellor foreign defense defence interior general gen. lt. col. maj. capt. sgt. adm. brig. cmdr. commander chief head
  spokesperson spokesman spokeswoman ambassador envoy emissary leader king queen prince princess sheikh emir sultan
  chairman chairwoman chair director senator sen. rep. representative governor gov. mayor admiral colonel captain
  sergeant lieutenant major brigadier marshal officer commissioner coordinator counselor counsellor adviser advisor
  attorney judge justice pope cardinal bishop imam ayatollah cleric mr. mrs. ms. dr. prof. mr mrs ms dr sir lord lady dame
  president-elect minister-designate prime-minister-designate lt.-gen. maj.-gen. lieutenant-general major-general
  warlord strongman dictator founder ceo chief-of-staff diplomat official spy mufti rabbi mullah
  correspondent reporter journalist analyst anchor presenter host editor producer`.split(/\s+/),
);

/** Words that commonly end an organization name. */
export const ORG_WORDS = new Set(
  `department ministry council forces force army navy group party union organization organisation agency command
  coalition front committee commission bank fund news post times administration government office institute university
  association brigade brigades battalion division corps guard movement alliance community nations assembly parliament
  court service services inc. ltd. corp. co. company press network broadcasting federation league board bureau senate
  congress cabinet militia regime authority authorities embassy mission directorate secretariat foundation centre center
  police gendarmerie junta`.split(/\s+/),
);

export type GazetteerTag = "country" | "demonym" | "capital" | "region" | "company" | "title" | "orgword";

interface Entry {
  words: string[];
  tag: GazetteerTag;
  /** The words joined, as a hit names it. */
  phrase: string;
}

const ENTRIES = new Map<string, Entry[]>();
function addEntry(phrase: string, tag: GazetteerTag) {
  const words = phrase.split(/\s+/);
  const list = ENTRIES.get(words[0]) ?? [];
  list.push({ words, tag, phrase: words.join(" ") });
  ENTRIES.set(words[0], list);
}
for (const n of COUNTRY_NAMES.keys()) addEntry(n, "country");
for (const d of DEMONYMS.keys()) addEntry(d, "demonym");
for (const c of CAPITALS) addEntry(c, "capital");
for (const r of REGIONS) addEntry(r, "region");
for (const c of COMPANIES) if (!CONTEXT_COMPANIES.has(c)) addEntry(c, "company");
for (const list of ENTRIES.values()) list.sort((a, b) => b.words.length - a.words.length);

/**
 * The country names and demonyms as the shipped tagger was trained with them: its gazetteer
 * features (ENTRIES above) and its training data's spans read these. The names added below reach
 * the rules and the resolver but not the tagger, so the committed model stays what `npm run train`
 * writes; a retrain that should learn them moves them above ENTRIES.
 */
export const TAGGER_COUNTRY_NAMES: ReadonlySet<string> = new Set(COUNTRY_NAMES.keys());
export const TAGGER_DEMONYMS: ReadonlySet<string> = new Set(DEMONYMS.keys());

// other names of today's countries, and dissolved states under their own names (countryForms.ts)
{
  const addDemonym = (d: string, country: string) => {
    for (const form of [d, d + "s"]) if (!DEMONYMS.has(form)) DEMONYMS.set(form, country);
  };
  for (const [n, c] of OTHER_COUNTRY_NAMES) if (!COUNTRY_NAMES.has(n)) COUNTRY_NAMES.set(n, c);
  for (const [d, c] of OTHER_DEMONYMS) addDemonym(d, c);
  for (const s of DISSOLVED_STATES) {
    for (const n of [s.name, ...s.aliases]) if (!COUNTRY_NAMES.has(n)) COUNTRY_NAMES.set(n, s.name);
    for (const d of s.demonyms) addDemonym(d, s.name);
  }
}

/** Whether a word opens a gazetteer name ("Cairo", "Egypt", "Nigerien", "Reuters"), as written. */
export function isGazetteerWord(word: string): boolean {
  return ENTRIES.has(word);
}

export interface GazetteerHit {
  start: number; // token index
  end: number; // token index, exclusive
  tag: GazetteerTag;
  phrase: string;
}

/**
 * The matches found for each words array (the tagger's features and the gazetteer pass ask about the
 * same sentence's words, which nothing changes once made), kept while the array lives.
 */
const MATCHED = new WeakMap<readonly string[], readonly GazetteerHit[]>();

/** Longest-first gazetteer matches (countries, demonyms, capitals, regions) over token strings. Case-sensitive. */
export function matchGazetteer(words: readonly string[]): readonly GazetteerHit[] {
  let hits = MATCHED.get(words);
  if (!hits) MATCHED.set(words, (hits = findMatches(words)));
  return hits;
}

function findMatches(words: readonly string[]): GazetteerHit[] {
  const hits: GazetteerHit[] = [];
  for (let i = 0; i < words.length; i++) {
    const list = ENTRIES.get(words[i]);
    if (!list) continue;
    for (const e of list) {
      if (i + e.words.length > words.length) continue;
      let ok = true;
      for (let k = 1; k < e.words.length && ok; k++) ok = words[i + k] === e.words[k];
      if (ok) {
        hits.push({ start: i, end: i + e.words.length, tag: e.tag, phrase: e.phrase });
      }
    }
  }
  return hits;
}

/** A word's own label: "title", "orgword" or "" (memoized: the tagger asks it of every token). */
const wordLabel = boundedMemo((w): string => {
  const lower = w.toLowerCase();
  if (TITLE_WORDS.has(lower)) return "title";
  if (ORG_WORDS.has(lower) || CORPORATE_SUFFIXES.has(lower)) return "orgword";
  return "";
});

/** Per-token gazetteer labels ("B-country", "I-region", "title", "orgword"), "" when none. */
export function gazetteerLabels(words: string[]): string[] {
  const labels = words.map(wordLabel);
  for (const h of matchGazetteer(words)) {
    for (let k = h.start; k < h.end; k++) {
      if (labels[k] && labels[k] !== "title" && labels[k] !== "orgword") continue;
      labels[k] = (k === h.start ? "B-" : "I-") + h.tag;
    }
  }
  return labels;
}
