// Resolves actor mentions from all articles into canonical actors with aliases:
// countries by their names, codes and demonyms (U.S. = US = United States = American);
// people by full names with spelling variants (Tchiani = Tiani) and surnames alone (Bazoum);
// organizations by case-folded names, acronyms defined or implied (ECOWAS), and heads ("Wagner").
import type { ActorMention, ActorRow, ActorType, MentionRow } from "../types.js";
import { countryOf, foldName } from "./countryNames.js";
import { jaroWinkler } from "./similarity.js";
import { pushTo } from "../util/groupBy.js";
import { TITLE_WORDS as RECOGNIZER_TITLE_WORDS } from "../recognize/actors/gazetteer.js";

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
const GENERIC_ORG_HEADS = new Set("group groups party movement forces force army organization organisation network militia company corporation inc ltd brigade brigades front".split(" "));
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
  return surface.replace(/[’']s$/i, "").replace(/\s+/g, " ").trim();
}

/** Initials of a long name, with and without its small words ("of", "the"). */
function acronymsOf(name: string): string[] {
  const words = name.split(/[\s-]+/).filter(Boolean);
  const all = words.map((w) => w[0]).join("").toUpperCase();
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");
  return [...new Set([all, capitals])].filter((a) => a.length >= 2);
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
}

function classify(article: string, mention: ActorMention): Item {
  const surface = cleanSurface(mention.text);
  const country = mention.country ?? (mention.type !== "person" ? countryOf(surface) : undefined);
  if (country) return { article, mention, surface, key: `country:${country}`, kind: "country", country };
  if (mention.type === "person") return { article, mention, surface, key: `person:${personTokens(surface).join(" ")}`, kind: "person" };
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

export function resolveActors(docs: ArticleMentions[]): ResolvedActors {
  const items = docs.flatMap((d) => d.mentions.map((m) => classify(d.article, m)));
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
        const firstAgree = jaroWinkler(a[0], b[0]) >= SIMILAR || (a[0].length === 1 && b[0][0] === a[0]) || (b[0].length === 1 && a[0][0] === b[0]);
        if (firstAgree) uf.union(node(`person:${group[i]}`), node(`person:${group[j]}`));
      }
    }
  }
  // Surnames alone: the one person cluster whose surname matches exactly, else a close variant.
  const surnames = new Map<string, string[]>(); // surname → full names
  for (const f of full) {
    const last = f.split(" ").pop()!;
    pushTo(surnames, last, f);
  }
  const surnamesByInitial = new Map<string, string[]>();
  for (const last of surnames.keys()) pushTo(surnamesByInitial, last[0], last);
  const clusterOfSurname = (surname: string, exact: boolean) => {
    const names = exact
      ? surnames.get(surname) ?? []
      : (surnamesByInitial.get(surname[0]) ?? []).filter((last) => jaroWinkler(last, surname) >= SIMILAR).flatMap((last) => surnames.get(last)!);
    return new Set(names.map((f) => uf.find(node(`person:${f}`))));
  };
  for (const single of personKeys.filter((k) => !k.includes(" "))) {
    let roots = clusterOfSurname(single, true);
    if (roots.size === 0) roots = clusterOfSurname(single, false);
    if (roots.size === 1) uf.union(node(`person:${single}`), [...roots][0]);
  }

  // A surname the tagger typed as a place or organization, in an article that names the person in
  // full ("Victoria Nuland … Nuland said"), is that person.
  const byArticle = new Map<string, Item[]>();
  for (const item of items) pushTo(byArticle, item.article, item);
  for (const list of byArticle.values()) {
    const surnamesHere = new Map<string, string>(); // surname → person key
    for (const item of list) {
      const tokens = item.kind === "person" ? personTokens(item.surface) : [];
      if (tokens.length > 1) surnamesHere.set(tokens[tokens.length - 1], item.key);
    }
    for (const item of list) {
      if (item.kind !== "organization" && item.kind !== "place") continue;
      const person = surnamesHere.get(foldName(item.surface));
      if (person) uf.union(node(item.key), node(person));
    }
  }

  // Adjectives of regions ("West African" states) are mentions of the region ("West Africa").
  for (const key of keyIndex.keys()) {
    if (!key.startsWith("place:") || !key.endsWith("an")) continue;
    const region = key.slice(0, -1);
    if (keyIndex.has(region)) uf.union(node(key), node(region));
  }

  // Organizations: acronyms defined in text, implied by initials, and generic heads ("Wagner Group" ~ "Wagner").
  const orgKeys = [...keyIndex.keys()].filter((k) => k.startsWith("organization:")).map((k) => k.slice(13));
  for (const doc of docs) {
    for (const [long, short] of definedAcronyms(doc)) {
      if (keyIndex.has(`organization:${long}`)) {
        uf.union(node(`organization:${long}`), node(`organization:${short}`));
      }
    }
  }
  const shortOrgs = new Set(orgKeys.filter((k) => !k.includes(" ") && k.length >= 2));
  for (const long of orgKeys.filter((k) => k.includes(" "))) {
    const original = surfaceOf.get(`organization:${long}`)!;
    const words = long.split(" ");
    const candidates = acronymsOf(original.replace(/^the\s+/i, "")).map((a) => a.toLowerCase());
    if (words.length === 2 && GENERIC_ORG_HEADS.has(words[1])) candidates.push(words[0]);
    for (const short of candidates) {
      if (shortOrgs.has(short)) uf.union(node(`organization:${long}`), node(`organization:${short}`));
    }
  }
  // The same surface typed differently in different places (organization "Wagner" / place "Wagner"): one actor.
  const byFold = new Map<string, number>();
  for (const item of items) {
    if (item.kind === "country") continue;
    const fold = item.kind === "person" ? personTokens(item.surface).join(" ") : foldName(item.surface);
    const n = node(item.key);
    const seen = byFold.get(fold);
    if (seen === undefined) byFold.set(fold, n);
    else uf.union(seen, n);
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
      name = mostCommon(surfaces, (a, b) => b.length - a.length);
      // "Wagner" is short for "Wagner Group": name the group by its full name
      const full = surfaces.find((s) => s.toLowerCase().startsWith(`${name.toLowerCase()} `) && GENERIC_ORG_HEADS.has(s.split(" ").pop()!.toLowerCase()) && s.split(" ").length === 2);
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
