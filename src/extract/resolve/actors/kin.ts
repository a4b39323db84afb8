// Which articles tell one story, as far as the actor resolver can tell before stories are grouped:
// articles that name at least two of the same actors (a person in full, an organization, a place
// that is not a country). A short form read in one article stands for a long form written in
// another only when the two are kin: "Virgin" beside the iPod is not the "Virgin Atlantic" of an
// airliner order, "GB" in a phone's memory not the "Gazprom Bank" of a market report. Pure.
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
 * the other share KIN_SHARED clusters.
 */
export function articleKinship(items: readonly Item[], graph: KeyGraph): (a: Iterable<string>, b: Iterable<string>) => boolean {
  const clustersOf = new Map<string, Set<number>>(); // article → roots of its distinctive actors
  for (const item of items) {
    if (!distinctive(item)) continue;
    let roots = clustersOf.get(item.article);
    if (!roots) clustersOf.set(item.article, (roots = new Set()));
    roots.add(graph.root(item.key));
  }
  const kin = (x: string, y: string) => {
    if (x === y) return true;
    const a = clustersOf.get(x);
    const b = clustersOf.get(y);
    if (!a || !b) return false;
    let shared = 0;
    for (const root of a.size < b.size ? a : b) if ((a.size < b.size ? b : a).has(root) && ++shared >= KIN_SHARED) return true;
    return false;
  };
  return (a, b) => {
    const others = [...b];
    for (const x of a) if (others.some((y) => kin(x, y))) return true;
    return false;
  };
}
