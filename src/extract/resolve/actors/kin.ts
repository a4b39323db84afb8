// Which articles tell one story, as far as the actor resolver can tell before stories are grouped:
// articles that name at least two of the same actors (a person in full, an organization, a place
// that is not a country). A short form read in one article stands for a long form written in
// another only when the two are kin: "Virgin" beside the iPod is not the "Virgin Atlantic" of an
// airliner order, "GB" in a phone's memory not the "Gazprom Bank" of a market report. Pure.
import { pushToSet } from "../../util/groupBy.js";
import type { Item } from "./items.js";
import type { KeyGraph } from "./graph.js";

/** How many actors two articles must share to be kin. */
export const KIN_SHARED = 2;

/** Whether an item names an actor particular enough to tie its articles: not a country, not a surname or lone word kept apart per article. */
function distinctive(item: Item): boolean {
  if (item.kind === "country" || item.key.includes("@")) return false;
  return item.kind !== "person" || item.key.includes(" ");
}

/**
 * A test of kinship between two sets of articles (those of a short form, those of a long form),
 * over the clusters of the graph as they stand: true when some article of one and some article of
 * the other share KIN_SHARED clusters. Each article's kin are found once, when first asked, from
 * the articles of its actors.
 */
export function articleKinship(items: readonly Item[], graph: KeyGraph): (a: Iterable<string>, b: Iterable<string>) => boolean {
  const clustersOf = new Map<string, Set<number>>(); // article → roots of its distinctive actors
  const articlesOf = new Map<number, Set<string>>(); // root → articles naming it
  for (const item of items) {
    if (!distinctive(item)) continue;
    const root = graph.root(item.key);
    pushToSet(clustersOf, item.article, root);
    pushToSet(articlesOf, root, item.article);
  }
  const kinOf = new Map<string, Set<string>>();
  const kinOfArticle = (x: string) => {
    let kin = kinOf.get(x);
    if (kin) return kin;
    const shared = new Map<string, number>();
    kin = new Set([x]);
    for (const root of clustersOf.get(x) ?? [])
      for (const y of articlesOf.get(root)!) {
        const n = (shared.get(y) ?? 0) + 1;
        shared.set(y, n);
        if (n >= KIN_SHARED) kin.add(y);
      }
    kinOf.set(x, kin);
    return kin;
  };
  return (a, b) => {
    const others = b instanceof Set ? (b as Set<string>) : new Set(b);
    for (const x of a) for (const y of kinOfArticle(x)) if (others.has(y)) return true;
    return false;
  };
}

/**
 * The kinship of two articles (articleKinship of one article and one article), tested on the two
 * alone: the same article, or KIN_SHARED clusters of the graph as they stand named by both. No
 * article's whole kin is gathered: a test costs the fewer of the two articles' actors.
 */
export function articlePairKinship(items: readonly Item[], graph: KeyGraph): (a: string, b: string) => boolean {
  const clustersOf = new Map<string, Set<number>>(); // article → roots of its distinctive actors
  for (const item of items) if (distinctive(item)) pushToSet(clustersOf, item.article, graph.root(item.key));
  return (a, b) => {
    if (a === b) return true;
    let fewer = clustersOf.get(a);
    let more = clustersOf.get(b);
    if (!fewer || !more) return false;
    if (fewer.size > more.size) [fewer, more] = [more, fewer];
    let shared = 0;
    for (const root of fewer) if (more.has(root) && ++shared >= KIN_SHARED) return true;
    return false;
  };
}
