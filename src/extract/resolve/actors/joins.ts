// The actor resolver's folder-wide passes, in order: each joins keys of the graph that name the
// same actor for one reason (spelling variants, surnames, region adjectives, short forms, acronyms,
// one surface typed two ways). A pass may rewrite items' keys; passes run in RESOLVE_PASSES' order.
import { foldName } from "../countryNames.js";
import { jaroWinkler } from "../similarity.js";
import { pushTo, pushToSet } from "../../util/groupBy.js";
import { boundedMemo } from "../../util/memo.js";
import { acronymsOf, institutionNamesOf, orgKeyOf, standsFor } from "../shortForms.js";
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
import type { KeyGraph } from "./graph.js";
import { articleKinship, articlesOfKeys } from "./kin.js";
import { loneWordsByStory } from "./loneWords.js";
import { formalGivenName } from "./familiarNames.js";
import type { ResolvePass } from "./pass.js";

const SIMILAR = 0.88;

const personNames = (graph: KeyGraph) =>
  [...graph.keys()].filter((key) => key.startsWith("person:")).map((key) => key.slice("person:".length));
/** A person's name is a surname alone: one word, or a particle and a surname ("bin laden"). */
const surnameAlone = (name: string) => isSurnameAlone(name.split(" "));
const fullNames = (graph: KeyGraph) => personNames(graph).filter((name) => !surnameAlone(name));

/** Whether two first names agree: close spellings, an initial and a name it opens ("J" / "john"), a familiar form ("bill" / "william"). */
function firstNamesAgree(a: string, b: string): boolean {
  return (
    jaroWinkler(a, b) >= SIMILAR ||
    (a.length === 1 && b[0] === a) ||
    (b.length === 1 && a[0] === b) ||
    formalGivenName(a) === formalGivenName(b)
  );
}

/** Full names that agree on first and last name, allowing spelling variants ("Tchiani" = "Tiani"). */
export const spellingVariants: ResolvePass = {
  name: "spelling variants",
  join({ graph }) {
    // spelling variants keep their initials: compare only names in the same block (first letters, of a familiar given name's formal one)
    const blocks = new Map<string, string[]>();
    for (const name of fullNames(graph)) {
      const tokens = name.split(" ");
      for (const initial of new Set([tokens[0][0], formalGivenName(tokens[0])[0]]))
        pushTo(blocks, `${initial}|${tokens[tokens.length - 1][0]}`, name);
    }
    for (const block of blocks.values()) {
      for (let i = 0; i < block.length; i++) {
        for (let j = i + 1; j < block.length; j++) {
          const a = block[i].split(" ");
          const b = block[j].split(" ");
          if (jaroWinkler(a[a.length - 1], b[b.length - 1]) < SIMILAR) continue;
          if (firstNamesAgree(a[0], b[0])) graph.join(`person:${block[i]}`, `person:${block[j]}`);
        }
      }
    }
  },
};

/**
 * A full name written with words before it that are no part of it ("Middle East Tobias Ellwood"
 * from "Minister for the Middle East Tobias Ellwood") is the person of the name it ends with, in
 * articles of one story (kin.ts); else its surname would be two people's and join neither.
 */
export const namesInLongerSpans: ResolvePass = {
  name: "names in longer spans",
  join({ graph, items }) {
    const full = new Set(fullNames(graph));
    const pairs: Array<[string, string]> = [];
    for (const name of full) {
      const tokens = name.split(" ");
      for (let n = 2; n < tokens.length; n++) {
        const tail = tokens.slice(-n).join(" ");
        if (full.has(tail)) pairs.push([`person:${name}`, `person:${tail}`]);
      }
    }
    if (!pairs.length) return;
    const articlesOf = articlesOfKeys(items, (item) => item.kind === "person");
    const kin = articleKinship(items, graph);
    for (const [long, short] of pairs) if (kin(articlesOf.get(long) ?? [], articlesOf.get(short) ?? [])) graph.join(long, short);
  },
};

/** An organization's words without a plural or possessive "s" at their end: "ford motors" → "ford motor". */
const singularWords = (key: string) =>
  orgKeyWords(key).map((w) => (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w));

/**
 * Organizations' names of two words or more written with and without a word's final "s" ("Ford
 * Motors Co." = "Ford Motor Co.", "General Motor" = "General Motors"): one actor.
 */
export const organizationVariants: ResolvePass = {
  name: "organization variants",
  join({ graph }) {
    const bySingular = new Map<string, string>();
    for (const key of graph.keys()) {
      if (!key.startsWith("organization:") || !key.includes(" ")) continue;
      const singular = singularWords(key).join(" ");
      const seen = bySingular.get(singular);
      if (seen === undefined) bySingular.set(singular, key);
      else graph.join(seen, key);
    }
  },
};

/**
 * Surnames alone, in articles that do not name the person in full: the one person of the folder
 * with exactly that surname; a surname two people of the folder share joins neither, and stays an
 * actor of its own article (its key gets "@article"). Never a close spelling across articles: a
 * lone word near a surname is another name as often as a variant ("Osama" and Obama, "Stearns"
 * and Sears, "Wayne" and Wynne); variants join as full names (spellingVariants).
 */
export const surnames: ResolvePass = {
  name: "surnames",
  join({ graph, items }) {
    const bySurname = new Map<string, string[]>(); // surname → full names
    for (const name of fullNames(graph)) for (const surname of surnameForms(name.split(" "))) pushTo(bySurname, surname, name);
    const ambiguous = new Set<string>();
    for (const single of personNames(graph).filter(surnameAlone)) {
      const roots = new Set((bySurname.get(single) ?? []).map((name) => graph.root(`person:${name}`)));
      if (roots.size === 1) graph.join(`person:${single}`, [...roots][0]);
      else if (roots.size > 1) ambiguous.add(`person:${single}`);
    }
    for (const item of items) {
      if (!ambiguous.has(item.key)) continue;
      item.key = `${item.key}@${item.article}`;
      graph.add(item.key, item.surface);
    }
  },
};

/**
 * Adjectives of regions ("West African" states, "European" markets) are mentions of the region ("West
 * Africa", "Europe"), also a lone adjective the tagger read as an organization ("European").
 */
export const regionAdjectives: ResolvePass = {
  name: "region adjectives",
  join({ graph }) {
    for (const key of graph.keys()) {
      if (!key.endsWith("an")) continue;
      const [kind, name] = [key.slice(0, key.indexOf(":")), key.slice(key.indexOf(":") + 1)];
      if (kind !== "place" && (kind !== "organization" || name.includes(" "))) continue;
      const region = [`place:${name.slice(0, -1)}`, `place:${name.slice(0, -2)}`].find((place) => graph.has(place));
      if (region) graph.join(key, region);
    }
  },
};

/**
 * The long form most articles vote for, by cluster: the only one, or one with at least twice the
 * votes of any other ("Apple" → "Apple Computer" in three articles, "Apple Stores" in one); none on
 * a closer split ("Apple" → "Apple Corps" here, "Apple Computer" there).
 */
function winner(graph: KeyGraph, votes: ReadonlyMap<string, number> | undefined): number | undefined {
  const byRoot = new Map<number, number>();
  for (const [long, n] of votes ?? []) byRoot.set(graph.root(long), (byRoot.get(graph.root(long)) ?? 0) + n);
  const ranked = [...byRoot].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || (ranked.length > 1 && ranked[0][1] < 2 * ranked[1][1])) return undefined;
  return ranked[0][0];
}

/**
 * Organizations' short forms: the long form the articles that write both agree on ("Northrop" →
 * "Northrop Grumman"), by a clear majority; strong votes win over weak ones. Each voting article
 * has already given its own short forms their long form (article.ts cast).
 */
export const votedShortForms: ResolvePass = {
  name: "voted short forms",
  join({ graph, votes }) {
    for (const short of new Set([...votes.strong.keys(), ...votes.weak.keys()])) {
      const root = votes.strong.has(short) ? winner(graph, votes.strong.get(short)) : winner(graph, votes.weak.get(short));
      if (root !== undefined) graph.join(short, root);
    }
  },
};

/**
 * The organizations a short form may stand for (standsFor): those with a word of its words (a
 * prefix, a tail), and for an acronym those whose initials spell it, every other one failing the test.
 */
function longFormPool(orgKeys: readonly string[], wordsOf: ReadonlyMap<string, string[]>, graph: KeyGraph) {
  const byWord = new Map<string, string[]>();
  for (const key of orgKeys) for (const word of new Set(wordsOf.get(key)!)) pushTo(byWord, word, key);
  const byInitials = new Map<string, string[]>();
  for (const key of orgKeys) for (const initials of acronymsOf(graph.surfaceOf(key)!)) pushTo(byInitials, initials, key);
  return (words: readonly string[], surface: string, acronym: boolean): Set<string> => {
    const pool = new Set(words.flatMap((word) => byWord.get(word) ?? []));
    // an institution's known short form ("Fed"), by the first word of its names ("federal")
    for (const name of institutionNamesOf(words) ?? []) for (const key of byWord.get(name.split(" ")[0]) ?? []) pool.add(key);
    if (acronym) for (const key of byInitials.get(surface.replace(/\./g, "").toUpperCase()) ?? []) pool.add(key);
    return pool;
  };
}

/**
 * Short forms no article resolved: the one organization of the folder they stand for, when an
 * article that writes the short form and one that writes the long form tell one story (kin.ts):
 * "Northrop" for "Northrop Grumman" beside the same tanker deal, not "Virgin" for "Virgin
 * Atlantic" in a story about a phone.
 */
export const folderShortForms: ResolvePass = {
  name: "folder short forms",
  join({ graph, items, docs }) {
    const orgKeys = [...new Set(items.filter((i) => i.kind === "organization").map((i) => i.key))];
    const headlineOnly = headlineOnlyKeys(docs, items);
    const wordsOf = new Map(orgKeys.map((key) => [key, orgKeyWords(key)]));
    const poolOf = longFormPool(orgKeys, wordsOf, graph);
    // the articles of organizations' keys, the only ones asked for (also of items read as another kind)
    const orgKeySet = new Set(orgKeys);
    const articlesOf = articlesOfKeys(items, (item) => orgKeySet.has(item.key));
    const kin = articleKinship(items, graph);
    for (const short of orgKeys) {
      const words = wordsOf.get(short)!;
      const surface = graph.surfaceOf(short)!;
      const roots = new Set<number>();
      const longArticles = new Set<string>();
      for (const long of poolOf(words, surface, /^[A-Z][A-Z0-9&.]{1,7}$/.test(surface))) {
        if (long === short || headlineOnly.has(long) || !standsFor(words, surface, wordsOf.get(long)!, graph.surfaceOf(long)!)) continue;
        roots.add(graph.root(long));
        for (const article of articlesOf.get(long)!) longArticles.add(article);
      }
      if (roots.size === 1 && kin(articlesOf.get(short)!, longArticles)) graph.join(short, [...roots][0]);
    }
  },
};

/** Keys of organizations only headlines write ("Intel Unveils" of "Intel Unveils New Chips"): no long form of a short one. */
function headlineOnlyKeys(docs: readonly ArticleMentions[], items: readonly Item[]): Set<string> {
  const ends = new Map(docs.map((doc) => [doc.article, headlineEnd(doc.text)]));
  const inBody = new Set<string>();
  const inHeadline = new Set<string>();
  for (const item of items) {
    if (item.kind !== "organization") continue;
    (item.mention.end <= (ends.get(item.article) ?? -1) ? inHeadline : inBody).add(item.key);
  }
  return new Set([...inHeadline].filter((key) => !inBody.has(key)));
}

/** Words of a long form that tell it apart: no small words, no "&". */
const SMALL_WORDS = new Set(["of", "the", "and", "&", "for", "de", "du", "la"]);
const telling = (key: string) => orgKeyWords(key).filter((w) => !SMALL_WORDS.has(w));

/** Whether two long forms are spellings of one name: most telling words of the shorter agree, allowing spelling variants ("Defence" / "Defense"). */
function sameLongForm(a: string, b: string): boolean {
  const [x, y] = [telling(a), telling(b)].sort((p, q) => p.length - q.length);
  const shared = x.filter((w) => y.some((v) => v === w || jaroWinkler(v, w) >= SIMILAR)).length;
  return x.length > 0 && shared * 2 > x.length;
}

/**
 * Acronyms defined in one article ("(MINUSMA)") stand for their long form in the others, when only
 * one; long forms defining the same acronym that are spellings of one name ("European Aeronautic
 * Defense & Space Company (EADS)", "Aeronautic Defence & Space NV (EADS)") are that one.
 */
export const definedAcronymsAcross: ResolvePass = {
  name: "defined acronyms",
  join({ graph, docs }) {
    const definedIn = new Map<string, Set<string>>();
    for (const doc of docs) {
      for (const [long, short] of definedAcronyms(doc)) {
        const longKey = `organization:${orgKeyOf(long)}`;
        if (graph.has(longKey)) pushToSet(definedIn, `organization:${orgKeyOf(short)}`, longKey);
      }
    }
    for (const [short, longs] of definedIn) {
      const list = [...longs];
      for (let i = 0; i < list.length; i++)
        for (let j = i + 1; j < list.length; j++) if (sameLongForm(list[i], list[j])) graph.join(list[j], graph.root(list[i]));
      const roots = new Set(list.map((long) => graph.root(long)));
      if (roots.size === 1 && graph.has(short)) graph.join(short, [...roots][0]);
    }
  },
};

/**
 * The same surface typed differently in different places (organization "Wagner" / place "Wagner"):
 * one actor; never a surname alone, which article and folder have placed already, unless no
 * full name ends with it and more articles write it as an organization or place than as a person
 * ("Chrysler" read as a person in one article, a company in the others).
 */
export const sameSurface: ResolvePass = {
  name: "same surface",
  join({ graph, items }) {
    const byFold = new Map<string, number>();
    // an organization's key stands for its name even where its articles read every mention as a longer name ("Fiat" as "Fiat Group")
    for (const key of graph.keys())
      if (key.startsWith("organization:") && !key.includes("@")) byFold.set(key.slice("organization:".length), graph.node(key));
    const mostlyNotPerson = loneWordsMostlyNotPersons(graph, items);
    const foldsOf = surfaceFolds();
    for (const item of items) {
      if (item.kind === "country" || item.local || item.key.includes("@")) continue;
      const { lone, folds } = foldsOf(item);
      if (lone && !mostlyNotPerson.has(item.key)) continue;
      const n = graph.node(item.key);
      for (const fold of folds) {
        const seen = byFold.get(fold);
        if (seen === undefined) byFold.set(fold, n);
        else graph.joinNodes(seen, n);
      }
    }
  },
};

/**
 * What sameSurface folds an item's surface to, memoized by surface (a folder writes the same few
 * thousand names): a person's name by its tokens, and any name as an organization's would be folded
 * ("General Motors Corporation"), each once; `lone`: a person's name of one token.
 */
function surfaceFolds(): (item: Item) => { lone: boolean; folds: string[] } {
  const person = boundedMemo((surface) => {
    const tokens = personTokens(surface);
    return { lone: tokens.length < 2, folds: [...new Set([tokens.join(" "), orgKeyOf(surface)])] };
  });
  const other = boundedMemo((surface) => ({ lone: false, folds: [...new Set([foldName(surface), orgKeyOf(surface)])] }));
  return ({ kind, surface }) => (kind === "person" ? person : other)(surface);
}

/** Keys of lone-word persons no full name ends with that more articles write as an organization or place. */
function loneWordsMostlyNotPersons(graph: KeyGraph, items: Item[]): Set<string> {
  const namedInFull = new Set(fullNames(graph).map((name) => graph.root(`person:${name}`)));
  const asPerson = new Map<string, Set<string>>(); // lone word → articles
  const asOther = new Map<string, Set<string>>();
  for (const item of items) {
    if (item.local || item.key.includes("@") || item.kind === "country") continue;
    if (item.kind === "person") {
      const tokens = personTokens(item.surface);
      if (tokens.length === 1 && !namedInFull.has(graph.root(item.key))) pushToSet(asPerson, tokens[0], item.article);
    } else if (!item.surface.includes(" ")) pushToSet(asOther, orgKeyOf(item.surface), item.article);
  }
  const out = new Set<string>();
  for (const [word, articles] of asPerson) if ((asOther.get(word)?.size ?? 0) > articles.size) out.add(`person:${word}`);
  return out;
}

export const RESOLVE_PASSES: readonly ResolvePass[] = [
  spellingVariants,
  namesInLongerSpans,
  organizationVariants,
  surnames,
  regionAdjectives,
  votedShortForms,
  folderShortForms,
  definedAcronymsAcross,
  sameSurface,
  loneWordsByStory,
];
