// Test helpers: actor mentions, items and a resolution of them, as the resolver's passes receive them.
import type { ActorMention, ActorType } from "../../../src/extract/types.js";
import { classify, type ArticleMentions, type Item } from "../../../src/extract/resolve/actors/items.js";
import { KeyGraph } from "../../../src/extract/resolve/actors/graph.js";
import type { Resolution } from "../../../src/extract/resolve/actors/pass.js";

export function mention(text: string, type: ActorType, start = 0, extra: Partial<ActorMention> = {}): ActorMention {
  return { start, end: start + text.length, text, type, ...extra };
}

/** An article whose text is the mentions written one after another (each followed by `after`, when given). */
export function article(id: string, mentions: Array<[string, ActorType, string?]>): ArticleMentions {
  let text = "";
  const list: ActorMention[] = [];
  for (const [surface, type, after] of mentions) {
    list.push(mention(surface, type, text.length));
    text += surface + (after ?? "") + ". ";
  }
  return { article: id, text, mentions: list };
}

export function itemsOf(doc: ArticleMentions): Item[] {
  return doc.mentions.map((m) => classify(doc.article, m));
}

/** A resolution of the articles' items, every key in the graph, no votes. */
export function resolutionOf(docs: ArticleMentions[]): Resolution {
  const items = docs.flatMap(itemsOf);
  const graph = new KeyGraph();
  for (const item of items) graph.add(item.key, item.surface);
  return { docs, items, graph, votes: { strong: new Map(), weak: new Map() } };
}

/** Whether two keys ended in one cluster. */
export const joined = (r: Resolution, a: string, b: string) => r.graph.root(a) === r.graph.root(b);
