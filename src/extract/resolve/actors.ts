// Resolves actor mentions from all articles into canonical actors with aliases:
// countries by their names, codes and demonyms (U.S. = US = United States = American);
// people by full names with spelling variants (Tchiani = Tiani) and surnames alone (Bazoum);
// organizations by case-folded names, acronyms defined or implied (ECOWAS), and heads ("Wagner").
import type { ActorMention, ActorRow, ActorType, MentionRow } from "../types.js";
import { countryOf, foldName } from "./countryNames.js";
import { jaroWinkler } from "./similarity.js";
import { pushTo } from "../util/groupBy.js";
import { TITLE_WORDS as RECOGNIZER_TITLE_WORDS } from "../recognize/actors/gazetteer.js";
import { GENERIC_ORG_HEADS, acronymsOf, orgKeyOf, orgWords, standsFor } from "./shortForms.js";

export interface ArticleMentions {
  article: string;
  text: string;
  mentions: ActorMention[];
}

export interface ResolvedActors {
  actors: ActorRow[];
  mentions: MentionRow[];
}

/** Words that may precede a person's name without being part of it: the tagger's titles, without their dots, and "former", "late", "vice". */
const TITLE_WORDS = new Set([...RECOGNIZER_TITLE_WORDS].map((w) => w.replace(/\.$/, "")).concat(["vice", "former", "late"]));
const SIMILAR = 0.88;

/** Name tokens of a person mention without titles, possessives and initials' dots. */
function personTokens(surface: string): string[] {
  const tokens = surface
    .replace(/[’']s$/i, "")
    .split(/\s+/)
    .map((t) => t.replace(/[.,]/g, ""))
    .filter(Boolean);
  while (tokens.length > 1 && TITLE_WORDS.has(tokens[0].toLowerCase())) tokens.shift();
  return tokens.map((t) => t.toLowerCase());
}

function cleanSurface(surface: string): string {
  return surface
    .replace(/[’']s$/i, "")
    .replace(/\s+/g, " ")
    .trim();
}

class UnionFind {
  private parent: number[] = [];
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]];
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

interface Item {
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

function classify(article: string, mention: ActorMention): Item {
  const surface = cleanSurface(mention.text);
  const country = mention.country ?? (mention.type !== "person" ? countryOf(surface) : undefined);
  if (country) return { article, mention, surface, key: `country:${country}`, kind: "country", country };
  if (mention.type === "person") return { article, mention, surface, key: `person:${personTokens(surface).join(" ")}`, kind: "person" };
  if (mention.type === "organization") return { article, mention, surface, key: `organization:${orgKeyOf(surface)}`, kind: "organization" };
  return { article, mention, surface, key: `${mention.type}:${foldName(surface)}`, kind: mention.type };
}

/** Acronym definitions written in the text: "Economic Community of West African States (ECOWAS)". */
function definedAcronyms(doc: ArticleMentions): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const m of doc.mentions) {
    const after = doc.text.slice(m.end, m.end + 16);
    const def = /^\s*\(([A-Z][A-Za-z0-9.&-]{1,12})\)/.exec(after);
    if (def && m.type !== "person") pairs.push([foldName(m.text), foldName(def[1])]);
  }
  return pairs;
}

function slugify(name: string): string {
  return (
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "actor"
  );
}

function mostCommon<T>(values: T[], tieBreak: (a: T, b: T) => number): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || tieBreak(a[0], b[0]))[0][0];
}

/** The cluster's type by vote; a full name ("Victoria Nuland") outweighs a bare surname. */
function voteType(cluster: Item[]): ActorType {
  const votes = new Map<ActorType, number>();
  for (const i of cluster) {
    const weight = i.mention.type === "person" && personTokens(i.surface).length > 1 ? 3 : 1;
    votes.set(i.mention.type, (votes.get(i.mention.type) ?? 0) + weight);
  }
  return [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
}

/**
 * Joins inside one article. A surname alone takes the key of the one person the article names in
 * full (item by item: "Williams" is someone else in another article). An organization's short form
 * votes for the one longer name of the article it stands for (`votes`: short key → long keys).
 */
function resolveInArticle(doc: ArticleMentions, list: Item[], votes: Votes): void {
  // a surname alone (also one the tagger typed as a place or organization) is the person the article names in full
  const fullBySurname = new Map<string, Set<string>>();
  for (const item of list) {
    const tokens = item.kind === "person" ? personTokens(item.surface) : [];
    if (tokens.length > 1) pushToSet(fullBySurname, tokens[tokens.length - 1], item.key);
  }
  for (const item of list) {
    if (item.kind === "country") continue;
    const tokens = item.kind === "person" ? personTokens(item.surface) : [foldName(item.surface)];
    if (tokens.length !== 1 || tokens[0].includes(" ")) continue;
    const full = fullBySurname.get(tokens[0]);
    if (full?.size === 1) {
      item.key = [...full][0];
      item.kind = "person";
      item.local = true;
    }
  }
  // an organization's short form: the one longer name of the article it stands for; acronyms defined in the text
  const defined = new Map(definedAcronyms(doc).map(([long, short]) => [short, long]));
  const orgs = list.filter((i) => i.kind === "organization" && !i.local);
  const longForms = new Map<string, Item>();
  for (const o of orgs) if (!longForms.has(o.key)) longForms.set(o.key, o);
  const wordsOf = new Map([...longForms.keys()].map((key) => [key, key.slice(13).split(" ")]));
  for (const o of orgs) {
    const words = wordsOf.get(o.key)!;
    const definedLong = defined.get(foldName(o.surface));
    if (definedLong) {
      const long = [...longForms.values()].find((l) => foldName(l.surface) === definedLong);
      if (long && long.key !== o.key) {
        pushToSet(votes.strong, o.key, long.key);
        continue;
      }
    }
    // an acronym's letters before a prefix: "GM" is "General Motors" more than "GM Europe"
    const initials = new Set<string>();
    const targets = new Set<string>();
    for (const [key, l] of longForms) {
      if (key === o.key || !standsFor(words, o.surface, wordsOf.get(key)!, l.surface)) continue;
      targets.add(key);
      if (acronymsOf(l.surface).includes(o.surface.replace(/\./g, "").toUpperCase())) initials.add(key);
    }
    if (initials.size === 1) pushToSet(votes.strong, o.key, [...initials][0]);
    else if (targets.size === 1) pushToSet(votes.weak, o.key, [...targets][0]);
  }
}

interface Votes {
  /** Acronyms defined in the text or spelled by the long form's initials. */
  strong: Map<string, Set<string>>;
  /** Prefixes, names without their place, without a generic head. */
  weak: Map<string, Set<string>>;
}

function pushToSet<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key) ?? new Set<V>();
  set.add(value);
  map.set(key, set);
}

export function resolveActors(docs: ArticleMentions[]): ResolvedActors {
  const items = docs.flatMap((d) => d.mentions.map((m) => classify(d.article, m)));
  const byArticle = new Map<string, Item[]>();
  for (const item of items) pushTo(byArticle, item.article, item);
  const votes: Votes = { strong: new Map(), weak: new Map() };
  for (const doc of docs) resolveInArticle(doc, byArticle.get(doc.article) ?? [], votes);

  const uf = new UnionFind();
  const keyIndex = new Map<string, number>(); // key → representative node
  const node = (key: string) => {
    let n = keyIndex.get(key);
    if (n === undefined) keyIndex.set(key, (n = uf.add()));
    return n;
  };
  const surfaceOf = new Map<string, string>();
  for (const item of items) {
    node(item.key);
    if (!surfaceOf.has(item.key)) surfaceOf.set(item.key, item.surface);
  }

  // People: full names that agree on first and last name (allowing spelling variants).
  const personKeys = [...keyIndex.keys()].filter((k) => k.startsWith("person:")).map((k) => k.slice(7));
  const full = personKeys.filter((k) => k.includes(" "));
  // spelling variants keep their initials: compare only names in the same block (first letters)
  const blocks = new Map<string, string[]>();
  for (const f of full) {
    const t = f.split(" ");
    const block = `${t[0][0]}|${t[t.length - 1][0]}`;
    pushTo(blocks, block, f);
  }
  for (const group of blocks.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i].split(" ");
        const b = group[j].split(" ");
        if (jaroWinkler(a[a.length - 1], b[b.length - 1]) < SIMILAR) continue;
        const firstAgree =
          jaroWinkler(a[0], b[0]) >= SIMILAR || (a[0].length === 1 && b[0][0] === a[0]) || (b[0].length === 1 && a[0][0] === b[0]);
        if (firstAgree) uf.union(node(`person:${group[i]}`), node(`person:${group[j]}`));
      }
    }
  }
  // Surnames alone, in articles that do not name the person in full: the one person of the folder
  // with that surname (else a close variant); a surname two people of the folder share joins
  // neither, and stays an actor of its own article.
  const surnames = new Map<string, string[]>(); // surname → full names
  for (const f of full) {
    const last = f.split(" ").pop()!;
    pushTo(surnames, last, f);
  }
  const surnamesByInitial = new Map<string, string[]>();
  for (const last of surnames.keys()) pushTo(surnamesByInitial, last[0], last);
  const clusterOfSurname = (surname: string, exact: boolean) => {
    const names = exact
      ? (surnames.get(surname) ?? [])
      : (surnamesByInitial.get(surname[0]) ?? [])
          .filter((last) => jaroWinkler(last, surname) >= SIMILAR)
          .flatMap((last) => surnames.get(last)!);
    return new Set(names.map((f) => uf.find(node(`person:${f}`))));
  };
  const ambiguous = new Set<string>();
  for (const single of personKeys.filter((k) => !k.includes(" "))) {
    let roots = clusterOfSurname(single, true);
    if (roots.size === 0) roots = clusterOfSurname(single, false);
    if (roots.size === 1) uf.union(node(`person:${single}`), [...roots][0]);
    else if (roots.size > 1) ambiguous.add(`person:${single}`);
  }
  for (const item of items) {
    if (!ambiguous.has(item.key)) continue;
    item.key = `${item.key}@${item.article}`;
    node(item.key);
    if (!surfaceOf.has(item.key)) surfaceOf.set(item.key, item.surface);
  }

  // Adjectives of regions ("West African" states) are mentions of the region ("West Africa").
  for (const key of keyIndex.keys()) {
    if (!key.startsWith("place:") || !key.endsWith("an")) continue;
    const region = key.slice(0, -1);
    if (keyIndex.has(region)) uf.union(node(key), node(region));
  }

  // Organizations' short forms: the one long form every article that writes both agrees on ("Northrop"
  // → "Northrop Grumman"); where articles disagree ("Apple" → "Apple Corps" here, "Apple Computer"
  // there), none. Short forms no article resolved: the one organization of the folder they stand for.
  for (const short of new Set([...votes.strong.keys(), ...votes.weak.keys()])) {
    const strong = new Set([...(votes.strong.get(short) ?? [])].map((l) => uf.find(node(l))));
    const weak = new Set([...(votes.weak.get(short) ?? [])].map((l) => uf.find(node(l))));
    const roots = strong.size ? strong : weak;
    if (roots.size === 1) uf.union(node(short), [...roots][0]);
  }
  const orgKeys = [...new Set(items.filter((i) => i.kind === "organization").map((i) => i.key))];
  const orgWordsOf = new Map(orgKeys.map((k) => [k, k.slice(13).split(" ")]));
  const byFirst = new Map<string, string[]>();
  for (const k of orgKeys) for (const w of new Set(orgWordsOf.get(k)!)) pushTo(byFirst, w, k);
  for (const short of orgKeys) {
    const words = orgWordsOf.get(short)!;
    const surface = surfaceOf.get(short)!;
    const acronym = /^[A-Z][A-Z0-9&.]{1,7}$/.test(surface);
    const pool = acronym ? orgKeys : [...new Set(words.flatMap((w) => byFirst.get(w) ?? []))];
    const roots = new Set<number>();
    for (const long of pool) {
      if (long !== short && standsFor(words, surface, orgWordsOf.get(long)!, surfaceOf.get(long)!)) roots.add(uf.find(node(long)));
    }
    if (roots.size === 1) uf.union(node(short), [...roots][0]);
  }
  // acronyms defined in one article ("(MINUSMA)") stand for their long form in the others, when only one
  const definedIn = new Map<string, Set<string>>();
  for (const doc of docs) {
    for (const [long, short] of definedAcronyms(doc)) {
      const longKey = `organization:${orgKeyOf(long)}`;
      if (keyIndex.has(longKey)) pushToSet(definedIn, `organization:${orgKeyOf(short)}`, longKey);
    }
  }
  for (const [short, longs] of definedIn) {
    const roots = new Set([...longs].map((l) => uf.find(node(l))));
    if (roots.size === 1 && keyIndex.has(short)) uf.union(node(short), [...roots][0]);
  }
  // The same surface typed differently in different places (organization "Wagner" / place "Wagner"):
  // one actor; never a surname alone, which article and folder have placed already.
  const byFold = new Map<string, number>();
  for (const item of items) {
    if (item.kind === "country" || item.local || item.key.includes("@")) continue;
    const tokens = item.kind === "person" ? personTokens(item.surface) : [];
    if (item.kind === "person" && tokens.length < 2) continue;
    // a person's name by its tokens, and any name as an organization's would be folded ("General Motors Corporation")
    const folds = new Set([item.kind === "person" ? tokens.join(" ") : foldName(item.surface), orgKeyOf(item.surface)]);
    const n = node(item.key);
    for (const fold of folds) {
      const seen = byFold.get(fold);
      if (seen === undefined) byFold.set(fold, n);
      else uf.union(seen, n);
    }
  }

  // Build actors from clusters.
  const clusters = new Map<number, Item[]>();
  for (const item of items) {
    const root = uf.find(node(item.key));
    const list = clusters.get(root) ?? [];
    list.push(item);
    clusters.set(root, list);
  }
  const usedIds = new Set<string>();
  const actors: ActorRow[] = [];
  const mentions: MentionRow[] = [];
  const ordered = [...clusters.values()].sort((a, b) => b.length - a.length || a[0].surface.localeCompare(b[0].surface));
  for (const cluster of ordered) {
    const countryItem = cluster.find((i) => i.country);
    const type: ActorType = countryItem ? "place" : voteType(cluster);
    let name: string;
    if (countryItem) name = countryItem.country!;
    else if (type === "person") {
      const fullNames = cluster.map((i) => personTokens(i.surface)).filter((t) => t.length > 1);
      const displayOf = (i: Item) => {
        const t = i.surface.split(/\s+/);
        while (t.length > 1 && TITLE_WORDS.has(t[0].toLowerCase().replace(/\.$/, ""))) t.shift();
        return t.join(" ");
      };
      const candidates = cluster.filter((i) => personTokens(i.surface).length > 1).map(displayOf);
      name = fullNames.length ? mostCommon(candidates, (a, b) => b.length - a.length) : displayOf(cluster[0]);
    } else {
      const surfaces = cluster.map((i) => i.surface.replace(/^the\s+/i, ""));
      // a short form ("Colts", "Northrop") names the actor only when no longer form of it is in the cluster
      const distinct = [...new Set(surfaces)];
      const shortForm = (x: string) => x !== x.toUpperCase() && distinct.some((y) => y !== x && standsFor(orgWords(x), x, orgWords(y), y));
      const fullForms = surfaces.filter((x) => !shortForm(x));
      name = mostCommon(fullForms.length ? fullForms : surfaces, (a, b) => b.length - a.length);
      // "Wagner" is short for "Wagner Group": name the group by its full name
      const full = surfaces.find(
        (s) =>
          s.toLowerCase().startsWith(`${name.toLowerCase()} `) &&
          GENERIC_ORG_HEADS.has(s.split(" ").pop()!.toLowerCase()) &&
          s.split(" ").length === 2,
      );
      if (full && !name.includes(" ")) name = full.replace(/ (\p{Ll})/u, (_, c: string) => ` ${c.toUpperCase()}`);
      // a region rather than its adjective ("West Africa", not "West African")
      if (type === "place" && name.endsWith("an") && surfaces.includes(name.slice(0, -1))) name = name.slice(0, -1);
    }
    let id = slugify(name);
    for (let n = 2; usedIds.has(id); n++) id = `${slugify(name)}-${n}`;
    usedIds.add(id);
    const aliases = [...new Set(cluster.map((i) => i.surface.replace(/^the\s+/i, "")))].filter((a) => a !== name).sort();
    const roles = [...new Set(cluster.map((i) => i.mention.role).filter((r): r is string => !!r))];
    const articles = [...new Set(cluster.map((i) => i.article))];
    actors.push({ id, name, type, aliases, articles, roles, mentionCount: cluster.length });
    for (const item of cluster) {
      mentions.push({ actor: id, article: item.article, start: item.mention.start, end: item.mention.end, text: item.mention.text });
    }
  }
  mentions.sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start));
  return { actors, mentions };
}
