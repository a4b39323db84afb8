// Which articles tell one story, as far as the actor resolver can tell before stories are grouped:
// articles that name at least two of the same actors (a person in full, an organization, a place
// that is not a country). A short form read in one article stands for a long form written in
// another only when the two are kin: "Virgin" beside the iPod is not the "Virgin Atlantic" of an
// airliner order, "GB" in a phone's memory not the "Gazprom Bank" of a market report. Pure.
import { pushTo } from "../../util/groupBy.js";
import type { Item } from "./items.js";
import type { KeyGraph } from "./graph.js";

/** How many actors two articles must share to be kin. */
export const KIN_SHARED = 2;

/** Whether an item names an actor particular enough to tie its articles: not a country, not a surname or lone word kept apart per article. */
function distinctive(item: Item): boolean {
  if (item.kind === "country" || item.key.includes("@")) return false;
  return item.kind !== "person" || item.key.includes(" ");
}

/** Each article's distinctive clusters (roots of the graph as it stands) and each cluster's articles. */
interface KinIndex {
  clustersOf: Map<string, Set<number>>;
  articlesOf: Map<number, string[]>;
}

/**
 * The kin index of the items; `withArticles` false leaves articlesOf empty. An article's items
 * come one after another: its set is looked up once per run of them, and a cluster it names again
 * adds nothing.
 */
function kinIndex(items: readonly Item[], graph: KeyGraph, withArticles = true): KinIndex {
  const clustersOf = new Map<string, Set<number>>(); // article → roots of its distinctive actors
  const articlesOf = new Map<number, string[]>(); // root → articles naming it, each once
  let article: string | undefined;
  let roots = new Set<number>();
  for (const item of items) {
    if (!distinctive(item)) continue;
    if (item.article !== article) {
      article = item.article;
      const known = clustersOf.get(article);
      if (known) roots = known;
      else clustersOf.set(article, (roots = new Set()));
    }
    const root = graph.root(item.key);
    if (roots.has(root)) continue;
    roots.add(root);
    if (withArticles) pushTo(articlesOf, root, article);
  }
  return { clustersOf, articlesOf };
}

/** Whether two articles of the index share KIN_SHARED clusters (or are one), on the two alone: a test costs the fewer of their clusters. */
function pairKin({ clustersOf }: KinIndex, a: string, b: string): boolean {
  if (a === b) return true;
  let fewer = clustersOf.get(a);
  let more = clustersOf.get(b);
  if (!fewer || !more) return false;
  if (fewer.size > more.size) [fewer, more] = [more, fewer];
  let shared = 0;
  for (const root of fewer) if (more.has(root) && ++shared >= KIN_SHARED) return true;
  return false;
}

/** An article's whole kin: itself and every article sharing KIN_SHARED clusters with it, found from the articles of its clusters. */
function wholeKin({ clustersOf, articlesOf }: KinIndex, x: string): Set<string> {
  const shared = new Map<string, number>();
  const kin = new Set([x]);
  for (const root of clustersOf.get(x) ?? [])
    for (const y of articlesOf.get(root)!) {
      const n = (shared.get(y) ?? 0) + 1;
      shared.set(y, n);
      if (n >= KIN_SHARED) kin.add(y);
    }
  return kin;
}

/** What gathering an article's whole kin costs: the articles of its clusters, counted with repeats. */
function wholeKinCost({ clustersOf, articlesOf }: KinIndex, x: string): number {
  let cost = 0;
  for (const root of clustersOf.get(x) ?? []) cost += articlesOf.get(root)!.length;
  return cost;
}

/**
 * A test of kinship between two sets of articles (those of a short form, those of a long form),
 * over the clusters of the graph as they stand: true when some article of one and some article of
 * the other share KIN_SHARED clusters. An article's whole kin is gathered once, when first asked
 * and cheaper than testing it with each article of the other set; then kept.
 */
export function articleKinship(items: readonly Item[], graph: KeyGraph): (a: Iterable<string>, b: Iterable<string>) => boolean {
  const index = kinIndex(items, graph);
  const kinOf = new Map<string, Set<string>>();
  return (a, b) => {
    const others = b instanceof Set ? (b as Set<string>) : new Set(b);
    for (const x of a) {
      let kin = kinOf.get(x);
      if (!kin && others.size * (index.clustersOf.get(x)?.size ?? 0) < wholeKinCost(index, x)) {
        for (const y of others) if (pairKin(index, x, y)) return true;
        continue;
      }
      if (!kin) kinOf.set(x, (kin = wholeKin(index, x)));
      for (const y of kin) if (others.has(y)) return true;
    }
    return false;
  };
}

/**
 * The kinship of two articles (articleKinship of one article and one article), tested on the two
 * alone: the same article, or KIN_SHARED clusters of the graph as they stand named by both. No
 * article's whole kin is gathered: a test costs the fewer of the two articles' actors.
 */
export function articlePairKinship(items: readonly Item[], graph: KeyGraph): (a: string, b: string) => boolean {
  const index = kinIndex(items, graph, false);
  return (a, b) => pairKin(index, a, b);
}

/**
 * The articles of the items `accept` takes, by key, in the items' order: an article once per
 * run of its items with the key (an article's items come one after another), maybe more when its
 * items are apart: for tests of kinship, where a repeat changes nothing.
 */
export function articlesOfKeys(items: readonly Item[], accept: (item: Item) => boolean): Map<string, string[]> {
  const articlesOf = new Map<string, string[]>();
  for (const item of items) {
    if (!accept(item)) continue;
    const list = articlesOf.get(item.key);
    if (!list) articlesOf.set(item.key, [item.article]);
    else if (list[list.length - 1] !== item.article) list.push(item.article);
  }
  return articlesOf;
}
