// Actor mentions of the final candidates: offsets in the text, roles, nationality and country
// words as places of their country, pronouns dropped ("us", but "US" and "the WHO" kept), places
// opening a compound ("US-led"), and no two mentions overlapping. Pure.
import type { ActorMention, ActorType } from "../../types.js";
import type { Token } from "../../segment/tokens.js";
import { overlapsAny, touchesAny } from "../../util/ranges.js";
import { CAPITALS, COUNTRY_NAMES, DEMONYMS, TAGGER_COUNTRY_NAMES } from "./gazetteer.js";
import type { ActorCandidate } from "./rules.js";
import type { SpanLabel } from "./tagger.js";
import type { PersonRoles } from "./personRoles.js";
import { REGIONS_SET } from "./passes.js";

const PRONOUNS = new Set("i we you he she it they me us him her them this that these those who".split(" "));
const TYPE: Record<SpanLabel, ActorType> = { PER: "person", ORG: "organization", LOC: "place", NAT: "place" };

/** The mention of one candidate (with its role, if any), or null for a pronoun or a span touching skipped text. */
export function mentionOf(
  text: string,
  words: string[],
  tokens: Token[],
  c: ActorCandidate,
  skip: ReadonlyArray<readonly [number, number]>,
  role?: string,
): ActorMention | null {
  const start = tokens[c.start].start;
  const end = tokens[c.end - 1].end;
  if (touchesAny(skip, start, end)) return null;
  const surface = text.slice(start, end);
  // "us", but "US" is a country and "the WHO" an organization
  const acronym = surface.length > 1 && surface === surface.toUpperCase() && c.start > 0 && /^the$/i.test(words[c.start - 1]);
  if (PRONOUNS.has(surface.toLowerCase()) && !COUNTRY_NAMES.has(surface) && !acronym) return null;
  const m: ActorMention = { start, end, text: surface, type: TYPE[c.label] };
  if (role) m.role = role;
  const read = surface === surface.toUpperCase() ? words.slice(c.start, c.end).join(" ") : surface; // "EGYPT" → "Egypt"
  // a country's name the tagger read as a person is a person ("Jordan"), unless the tagger never learned it as a country ("Yugoslavia")
  const country = DEMONYMS.get(read) ?? (c.label !== "PER" || !TAGGER_COUNTRY_NAMES.has(read) ? COUNTRY_NAMES.get(read) : undefined);
  if (country) {
    m.country = country;
    m.type = "place";
  }
  return m;
}

/** Mentions of the candidates not dropped, with their roles. */
export function candidateMentions(
  text: string,
  doc: string[][],
  tokens: Token[][],
  candidates: ActorCandidate[],
  { roles, dropped }: PersonRoles,
  skip: ReadonlyArray<readonly [number, number]>,
): ActorMention[] {
  const mentions: ActorMention[] = [];
  for (const c of candidates) {
    if (dropped.has(c)) continue;
    const m = mentionOf(text, doc[c.sentence], tokens[c.sentence], c, skip, roles.get(c));
    if (m) mentions.push(m);
  }
  return mentions;
}

/**
 * "Dubai-based", "Russian-born", "US-led", "Miami-based" in a story about Miami: the place or nationality opening a
 * compound word, where no mention is: one the gazetteer knows, or a place the article names elsewhere.
 */
export function compoundPlaces(tokens: Token[][], mentions: readonly ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  const placesNamed = new Set(mentions.filter((m) => m.type === "place").map((m) => m.text));
  for (const sentenceTokens of tokens) {
    for (const t of sentenceTokens) {
      const m = /^(\p{Lu}[\p{L}.]*)-\p{Ll}+$/u.exec(t.text);
      if (!m || overlapsAny(mentions, t.start, t.end) || overlapsAny(out, t.start, t.end)) continue;
      const name = m[1];
      const country = DEMONYMS.get(name) ?? COUNTRY_NAMES.get(name);
      if (!country && !CAPITALS.has(name) && !REGIONS_SET.has(name) && !placesNamed.has(name)) continue;
      const mention: ActorMention = { start: t.start, end: t.start + name.length, text: name, type: "place" };
      if (country) mention.country = country;
      out.push(mention);
    }
  }
  return out;
}

/** The mentions in order with none overlapping: the first (longest at a start) wins. */
export function withoutOverlaps(mentions: ActorMention[]): ActorMention[] {
  const sorted = [...mentions].sort((x, y) => x.start - y.start || y.end - x.end);
  const out: ActorMention[] = [];
  for (const m of sorted) if (!out.length || m.start >= out[out.length - 1].end) out.push(m);
  return out;
}
