// What the actor resolver works on: one item per mention, with the key that exact-matches within
// its kind (country:NE, person:mohamed bazoum, organization:ecowas), and the name helpers the
// passes share (a person's name tokens, acronyms defined in the text). Pure.
import type { ActorMention } from "../../types.js";
import { countryOf, foldName } from "../countryNames.js";
import { TITLE_WORDS as RECOGNIZER_TITLE_WORDS } from "../../recognize/actors/gazetteer.js";
import { orgKeyOf } from "../shortForms.js";

export interface ArticleMentions {
  article: string;
  text: string;
  mentions: ActorMention[];
}

/** Words that may precede a person's name without being part of it: the tagger's titles, without their dots, and "former", "late", "vice". */
export const TITLE_WORDS = new Set([...RECOGNIZER_TITLE_WORDS].map((w) => w.replace(/\.$/, "")).concat(["vice", "former", "late"]));

/** Name tokens of a person mention without titles, possessives and initials' dots. */
export function personTokens(surface: string): string[] {
  const tokens = surface
    .replace(/[’']s$/i, "")
    .split(/\s+/)
    .map((t) => t.replace(/[.,]/g, ""))
    .filter(Boolean);
  while (tokens.length > 1 && TITLE_WORDS.has(tokens[0].toLowerCase())) tokens.shift();
  return tokens.map((t) => t.toLowerCase());
}

/** A mention's text without a possessive and with single spaces. */
export function cleanSurface(surface: string): string {
  return surface
    .replace(/[’']s$/i, "")
    .replace(/\s+/g, " ")
    .trim();
}

export interface Item {
  article: string;
  mention: ActorMention;
  surface: string;
  /** The key that exact-matches within its kind. */
  key: string;
  kind: "country" | "person" | "organization" | "place";
  country?: string;
  /** Joined to a full form written in its own article. */
  local?: boolean;
}

/** The item of one mention: a country by its code, a person by name tokens, an organization by its folded name. */
export function classify(article: string, mention: ActorMention): Item {
  const surface = cleanSurface(mention.text);
  const country = mention.country ?? (mention.type !== "person" ? countryOf(surface) : undefined);
  if (country) return { article, mention, surface, key: `country:${country}`, kind: "country", country };
  if (mention.type === "person") return { article, mention, surface, key: `person:${personTokens(surface).join(" ")}`, kind: "person" };
  if (mention.type === "organization") return { article, mention, surface, key: `organization:${orgKeyOf(surface)}`, kind: "organization" };
  return { article, mention, surface, key: `${mention.type}:${foldName(surface)}`, kind: mention.type };
}

/** The words of an organization key ("organization:economic community of …"). */
export const orgKeyWords = (key: string) => key.slice("organization:".length).split(" ");

/** Acronym definitions written in the text: "Economic Community of West African States (ECOWAS)" → [long, short], folded. */
export function definedAcronyms(doc: ArticleMentions): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const m of doc.mentions) {
    const after = doc.text.slice(m.end, m.end + 16);
    const def = /^\s*\(([A-Z][A-Za-z0-9.&-]{1,12})\)/.exec(after);
    if (def && m.type !== "person") pairs.push([foldName(m.text), foldName(def[1])]);
  }
  return pairs;
}

export function pushToSet<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key) ?? new Set<V>();
  set.add(value);
  map.set(key, set);
}
