// The part of actor resolution that depends on one article alone: each mention's item (actors/items.ts)
// after the joins inside its article (actors/article.ts), and the article's short-form votes. Made
// once, when the article is extracted, and kept with its digest (digest.ts), so that a rebuild joins
// the folder without classifying every mention and re-running every article's own joins again; the
// resolver makes it for any article it is not given. Pure.
import type { ActorMention } from "../types.js";
import { classifier, type ArticleMentions, type Item } from "./actors/items.js";
import { KeyGraph } from "./actors/graph.js";
import {
  addVote,
  givenNamesInArticle,
  nicknamesInArticle,
  organizationWordsInArticle,
  sameWordInArticle,
  shortFormVotes,
  surnamesInArticle,
  type Votes,
} from "./actors/article.js";

/** What an item is besides its article and mention: its key, kind, surface and what the article's joins gave it. */
export type ItemFields = Omit<Item, "article" | "mention">;

/**
 * One article's part, as cached: the distinct fields of its items, in the order its mentions first
 * have them, each mention's (in the mentions' order) as an index into them, and its votes as [short key, long key, count] in the order they were cast.
 */
export interface OwnActors {
  fields: ItemFields[];
  of: number[];
  strong: Array<[string, string, number]>;
  weak: Array<[string, string, number]>;
}

const pairsOf = (votes: Map<string, Map<string, number>>): Array<[string, string, number]> =>
  [...votes].flatMap(([short, longs]) => [...longs].map(([long, n]): [string, string, number] => [short, long, n]));

/** The items of one article's mentions after the article's own joins, and the votes it adds (the joins' order). */
function ownItems(
  doc: Pick<ArticleMentions, "text" | "mentions">,
  classify: (article: string, mention: ActorMention) => Item,
): { list: Item[]; votes: Votes } {
  const list = doc.mentions.map((m) => classify("", m));
  const votes: Votes = { strong: new Map(), weak: new Map() };
  nicknamesInArticle(list);
  surnamesInArticle(list);
  givenNamesInArticle(list);
  organizationWordsInArticle(list);
  sameWordInArticle(list);
  shortFormVotes({ article: "", ...doc }, list, votes);
  return { list, votes };
}

/** One article's part (see OwnActors); `classify` may be shared by many articles (a classifier()). */
export function ownActors(doc: Pick<ArticleMentions, "text" | "mentions">, classify = classifier()): OwnActors {
  const { list, votes } = ownItems(doc, classify);
  const fields: ItemFields[] = [];
  const index = new Map<string, number>();
  const of = list.map(({ article: _article, mention: _mention, ...rest }) => {
    const written = JSON.stringify(rest);
    let i = index.get(written);
    if (i === undefined) index.set(written, (i = fields.push(rest) - 1));
    return i;
  });
  return { fields, of, strong: pairsOf(votes.strong), weak: pairsOf(votes.weak) };
}

/** Every field of ItemFields itemOf copies: a field added to Item and not to itemOf fails to compile here. */
const _copiedByItemOf: Record<keyof ItemFields, true> = {
  surface: true,
  key: true,
  kind: true,
  country: true,
  local: true,
  typedAs: true,
  nickname: true,
};

/**
 * The item of a mention with its fields, as a fresh object of one shape whatever the fields (an
 * optional one set only when given), made faster than by spreading them, the folder's passes
 * then reading one shape.
 */
function itemOf(article: string, mention: ActorMention, f: ItemFields): Item {
  const item: Item = { article, mention, surface: f.surface, key: f.key, kind: f.kind };
  if (f.country !== undefined) item.country = f.country;
  if (f.local !== undefined) item.local = f.local;
  if (f.typedAs !== undefined) item.typedAs = f.typedAs;
  if (f.nickname !== undefined) item.nickname = f.nickname;
  return item;
}

/** The items of an article's part (fresh objects: the folder's joins rewrite their keys), its votes added to `votes`. */
export function itemsOf(article: string, mentions: readonly ActorMention[], own: OwnActors, votes: Votes): Item[] {
  for (const [short, long, n] of own.strong) addVote(votes.strong, short, long, n);
  for (const [short, long, n] of own.weak) addVote(votes.weak, short, long, n);
  return mentions.map((mention, i) => itemOf(article, mention, own.fields[own.of[i]]));
}

/**
 * The graph of the articles' keys (in their order), each with the surface first written with it:
 * as their items would add them, one each, an article's distinct fields being in the order its
 * mentions first have them (a repeat adds nothing); a fraction of the items where articles name
 * their actors more than once.
 */
export function keyGraphOf(parts: readonly OwnActors[]): KeyGraph {
  const graph = new KeyGraph();
  for (const part of parts) for (const fields of part.fields) graph.add(fields.key, fields.surface);
  return graph;
}
