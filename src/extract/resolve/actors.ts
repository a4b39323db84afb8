// Resolves actor mentions from all articles into canonical actors with aliases:
// countries by their names, codes and demonyms (U.S. = US = United States = American);
// people by full names with spelling variants (Tchiani = Tiani) and surnames alone (Bazoum);
// organizations by case-folded names, acronyms defined or implied (ECOWAS), and heads ("Wagner").
// Passes in order: items by key (actors/items.ts), joins inside each article (actors/article.ts;
// made with each article's extraction, ownActors.ts),
// joins across the folder (actors/joins.ts RESOLVE_PASSES), rows of the clusters (actors/rows.ts).
import type { ActorRow, MentionRow } from "../types.js";
import { pushTo } from "../util/groupBy.js";
import { classifier, type ArticleMentions, type Item } from "./actors/items.js";
import type { Votes } from "./actors/article.js";
import { itemsOf, keyGraphOf, ownActors, type OwnActors } from "./ownActors.js";
import { RESOLVE_PASSES } from "./actors/joins.js";
import { actorRows } from "./actors/rows.js";

export type { ArticleMentions } from "./actors/items.js";

export interface ResolvedActors {
  actors: ActorRow[];
  mentions: MentionRow[];
}

/**
 * The actors of the folder's mentions. `own`: an article's own part (ownActors.ts) where it was made
 * with its extraction (the rest are made here); the result is the same with or without it.
 */
export function resolveActors(
  docs: ArticleMentions[],
  own: (doc: ArticleMentions) => OwnActors | undefined = () => undefined,
): ResolvedActors {
  const classify = classifier();
  const votes: Votes = { strong: new Map(), weak: new Map() };
  const parts = docs.map((doc) => own(doc) ?? ownActors(doc, classify));
  const items = docs.flatMap((doc, k) => itemsOf(doc.article, doc.mentions, parts[k], votes));
  const graph = keyGraphOf(parts);
  for (const pass of RESOLVE_PASSES) pass.join({ docs, items, graph, votes });
  const clusters = new Map<number, Item[]>();
  for (const item of items) pushTo(clusters, graph.root(item.key), item);
  return actorRows([...clusters.values()]);
}
