// Joins inside one article, before the folder's: a nickname or a surname alone is the one person
// the article names in full with it; an organization's short form votes for the one longer name of the article it
// stands for. Pure apart from the items and votes they are given to fill.
import { foldName } from "../countryNames.js";
import { acronymsOf, namedAfter, orgKeyOf, standsFor, withLegalForm } from "../shortForms.js";
import {
  definedAcronyms,
  headlineEnd,
  isSurnameAlone,
  orgKeyWords,
  personTokens,
  surnameForms,
  type ArticleMentions,
  type Item,
} from "./items.js";
import { pushToSet } from "../../util/groupBy.js";

/** Votes of short forms for long forms: short key → long key → how many articles voted so. */
export interface Votes {
  /** Acronyms defined in the text or spelled by the long form's initials. */
  strong: Map<string, Map<string, number>>;
  /** Prefixes, names without their place, without a generic head. */
  weak: Map<string, Map<string, number>>;
}

/** A short form written in capitals ("EU", "U.S.A."). */
const ACRONYM = /^[A-Z][A-Z0-9&.]{1,7}$/;

/** Adds `n` votes of a short form (its key) for a long form (its key). */
export function addVote(votes: Map<string, Map<string, number>>, shortKey: string, longKey: string, n = 1): void {
  let forLong = votes.get(shortKey);
  if (!forLong) votes.set(shortKey, (forLong = new Map()));
  forLong.set(longKey, (forLong.get(longKey) ?? 0) + n);
}

/** One article's vote of a short form for a long form, counted. */
const cast = (votes: Map<string, Map<string, number>>, short: Item, longKey: string) => addVote(votes, short.key, longKey);

/**
 * A weak vote is also the article's reading: its items written with the short form's words (also
 * read as a place or a person: "RAF" as a place) take the long form's key, whatever other articles
 * make of the short form ("Apple" is "Apple Computer" here, "Apple Corps" there). An acronym is
 * left to the folder: its long forms are often one name spelled two ways across articles ("EADS"),
 * and a name it opens is often a part of it ("EU" in "EU Delegation").
 */
function readAs(list: Item[], short: Item, longKey: string): void {
  const fold = orgKeyOf(short.surface);
  for (const item of list) {
    if (item.kind === "country" || item.local || orgKeyOf(item.surface) !== fold) continue;
    item.key = longKey;
    item.local = true;
  }
}

/**
 * A nickname alone ("The Chin") or before a surname alone (`"Magic" Johnson`) takes the key of the
 * person the article names with it in full. Rewrites the items' keys.
 */
export function nicknamesInArticle(list: Item[]): void {
  const byNickname = new Map<string, Set<string>>();
  for (const item of list)
    if (item.nickname && !item.surface.startsWith(item.nickname)) pushToSet(byNickname, foldName(item.nickname), item.key);
  if (!byNickname.size) return;
  for (const item of list) {
    if (item.kind === "country") continue;
    const keys = byNickname.get(foldName(item.nickname ?? item.surface));
    if (keys?.size !== 1 || keys.has(item.key)) continue;
    item.nickname ??= item.surface;
    item.key = [...keys][0];
    item.kind = "person";
    item.local = true;
  }
}

/** The name a lone mention is written with: a person's surname alone ("bazoum", "bin laden"), a name of one word of another kind; else undefined. */
function loneName(item: Item): string | undefined {
  if (item.kind === "country") return undefined;
  if (item.kind !== "person") {
    const fold = foldName(item.surface);
    return fold.includes(" ") ? undefined : fold;
  }
  const tokens = personTokens(item.surface);
  return isSurnameAlone(tokens) ? tokens.join(" ") : undefined;
}

/** The article's people named in full, by a part of their name (`part` of the tokens: the surname's forms, the given name). */
function fullNamesBy(list: Item[], part: (tokens: readonly string[]) => string[]): Map<string, Set<string>> {
  const byPart = new Map<string, Set<string>>();
  for (const item of list) {
    const tokens = item.kind === "person" ? personTokens(item.surface) : [];
    if (tokens.length > 1 && !isSurnameAlone(tokens)) for (const word of part(tokens)) pushToSet(byPart, word, item.key);
  }
  return byPart;
}

/**
 * A surname alone (also one the tagger typed as a place or organization) takes the key of the one
 * person the article names in full, item by item ("Williams" is someone else in another article).
 * Rewrites the items' keys.
 */
export function surnamesInArticle(list: Item[]): void {
  const fullBySurname = fullNamesBy(list, surnameForms);
  for (const item of list) {
    const name = item.local ? undefined : loneName(item);
    const full = name === undefined ? undefined : fullBySurname.get(name);
    if (full?.size === 1) {
      item.key = [...full][0];
      item.kind = "person";
      item.local = true;
    }
  }
}

/**
 * A given name alone that is nobody's surname in the article ("Elian" beside "Elian Gonzalez", a
 * child named by the first name) takes the key of the one person the article names in full with
 * it; only a mention read as a person. Runs after surnamesInArticle. Rewrites the items' keys.
 */
export function givenNamesInArticle(list: Item[]): void {
  const fullByGiven = fullNamesBy(list, (tokens) => [tokens[0]]);
  if (!fullByGiven.size) return;
  const surnames = fullNamesBy(list, surnameForms);
  for (const item of list) {
    if (item.kind !== "person" || item.local) continue;
    const tokens = personTokens(item.surface);
    const full = tokens.length === 1 && !surnames.has(tokens[0]) ? fullByGiven.get(tokens[0]) : undefined;
    if (full?.size !== 1) continue;
    item.key = [...full][0];
    item.local = true;
  }
}

/**
 * One word written in an article both as a person and as an organization or place ("Atlanta" the
 * city read once as a person, "Qantas" read both ways): one actor, the other item's, of its type.
 * Runs after the article's surnames and given names. Rewrites the items' keys and types.
 */
export function sameWordInArticle(list: Item[]): void {
  const otherByWord = new Map<string, Set<string>>();
  for (const item of list) {
    if (item.kind === "person" || item.local) continue;
    const name = loneName(item);
    if (name !== undefined) pushToSet(otherByWord, name, item.key);
  }
  if (!otherByWord.size) return;
  for (const item of list) {
    if (item.kind !== "person" || item.local) continue;
    const tokens = personTokens(item.surface);
    const other = tokens.length === 1 ? otherByWord.get(tokens[0]) : undefined;
    if (other?.size !== 1) continue;
    item.key = [...other][0];
    // read as the other: a person of that surname would be named in full in the article (surnamesInArticle ran first)
    const kind = item.key.slice(0, item.key.indexOf(":"));
    if (kind === "place" || kind === "organization") [item.kind, item.typedAs] = [kind, kind];
    item.local = true;
  }
}

/**
 * A lone word the tagger read as a person that opens the name of the one organization the article
 * names with it ("Chrysler said" beside "Chrysler LLC"), when the article names no person in full
 * with it (surnamesInArticle runs first): that organization, typed so. Rewrites the items' keys.
 */
export function organizationWordsInArticle(list: Item[]): void {
  const orgsByFirstWord = new Map<string, Set<string>>();
  for (const item of list) {
    // no body named after a person ("Obama" is not "the Obama administration", nor "Ford" "the Ford Foundation")
    if (item.kind === "organization" && !namedAfter(item.surface, true)) pushToSet(orgsByFirstWord, orgKeyWords(item.key)[0], item.key);
  }
  if (!orgsByFirstWord.size) return;
  for (const item of list) {
    if (item.kind !== "person" || item.local) continue;
    const tokens = personTokens(item.surface);
    const orgs = tokens.length === 1 ? orgsByFirstWord.get(tokens[0]) : undefined;
    if (!orgs) continue;
    // the word itself as an organization's name ("Chrysler LLC" without its legal form), else the one name it opens
    const exact = `organization:${tokens[0]}`;
    const org = orgs.has(exact) ? exact : orgs.size === 1 ? [...orgs][0] : undefined;
    if (!org) continue;
    item.key = org;
    item.kind = "organization";
    item.typedAs = "organization";
    item.local = true;
  }
}

/** The long form a short one is defined for in the text ("(ECOWAS)"), when the article names it. */
function definedLongForm(defined: Map<string, string>, longForms: Map<string, Item>, short: Item): Item | undefined {
  const definedLong = defined.get(foldName(short.surface));
  if (!definedLong) return undefined;
  const long = [...longForms.values()].find((l) => foldName(l.surface) === definedLong);
  return long && long.key !== short.key ? long : undefined;
}

/**
 * An organization's short form votes for the one longer name of the article it stands for:
 * strongly when the text defines it or it spells the long form's initials ("GM" is "General Motors"
 * more than "GM Europe"), weakly otherwise. Adds to `votes`.
 */
export function shortFormVotes(doc: ArticleMentions, list: Item[], votes: Votes): void {
  const defined = new Map(definedAcronyms(doc).map(([long, short]) => [short, long]));
  const orgs = list.filter((i) => i.kind === "organization" && !i.local);
  // a name only the headline writes is no long form: a headline's words after a name ("Intel Unveils") are no part of it
  const headline = headlineEnd(doc.text);
  const longForms = new Map<string, Item>();
  for (const o of orgs) if (!longForms.has(o.key) && o.mention.end > headline) longForms.set(o.key, o);
  // each long form's words split once, not once per short form compared with it
  const wordsOf = new Map([...new Set(orgs.map((o) => o.key))].map((key) => [key, orgKeyWords(key)]));
  const namedInFull = new Set(orgs.filter((o) => withLegalForm(o.surface)).map((o) => o.key));
  // a short form written again (same key, same surface) votes as it did the first time: once is enough
  const written = new Map<string, Item>();
  for (const o of orgs) if (!written.has(`${o.key}\0${o.surface}`)) written.set(`${o.key}\0${o.surface}`, o);
  for (const o of written.values()) {
    // a name the article also writes with its legal form ("Apple" beside "Apple Inc.") is the company's own, no short form of another ("Apple Stores")
    if (o.local || namedInFull.has(o.key)) continue;
    const long = definedLongForm(defined, longForms, o);
    if (long) {
      cast(votes.strong, o, long.key);
      continue;
    }
    const words = wordsOf.get(o.key)!;
    const initials = new Set<string>();
    const targets = new Set<string>();
    for (const [key, l] of longForms) {
      if (key === o.key || !standsFor(words, o.surface, wordsOf.get(key)!, l.surface)) continue;
      targets.add(key);
      if (acronymsOf(l.surface).includes(o.surface.replace(/\./g, "").toUpperCase())) initials.add(key);
    }
    if (initials.size === 1) cast(votes.strong, o, [...initials][0]);
    else if (targets.size === 1) {
      cast(votes.weak, o, [...targets][0]);
      if (!ACRONYM.test(o.surface)) readAs(list, o, [...targets][0]);
    }
  }
}
