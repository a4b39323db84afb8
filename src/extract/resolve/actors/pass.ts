// What a folder-wide pass of the actor resolver is (actors/joins.ts lists them; loneWords.ts is one):
// a name and a join over the folder's items, graph of keys and short-form votes.
import type { ArticleMentions, Item } from "./items.js";
import type { KeyGraph } from "./graph.js";
import type { Votes } from "./article.js";

/** What the passes read and join. */
export interface Resolution {
  docs: ArticleMentions[];
  items: Item[];
  graph: KeyGraph;
  votes: Votes;
}

/** A named folder-wide pass. */
export interface ResolvePass {
  name: string;
  join(resolution: Resolution): void;
}
