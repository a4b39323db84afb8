// The last folder-wide pass: a lone word that no full name of the folder explains (a surname of
// someone never named in full, a generic head such as "Department") names one actor per story,
// not one per folder: "Wayne" in a story about a phone and "Wayne" in one about car plants are two
// people, and every "Department" is some department. Articles are of one story when they are kin
// (kin.ts). Rewrites the keys of those items.
import { pushTo } from "../../util/groupBy.js";
import { boundedMemo } from "../../util/memo.js";
import { isGenericWord } from "../shortForms.js";
import { isSurnameAlone, personTokens, type Item } from "./items.js";
import { articlePairKinship } from "./kin.js";
import type { ResolvePass } from "./pass.js";
import type { KeyGraph } from "./graph.js";

/** Whether an item is a lone word that names nobody in particular: a person's one name, or a generic word; memoized by surface. */
function loneWordTest(): (item: Item) => boolean {
  const person = boundedMemo((surface) => isSurnameAlone(personTokens(surface)));
  const other = boundedMemo(isGenericWord);
  return (item) => item.kind !== "country" && (item.kind === "person" ? person : other)(item.surface);
}

/** The clusters made only of lone words and written in more than one article, by root. */
function loneClusters(items: Item[], graph: KeyGraph): Map<number, Item[]> {
  const isLoneWord = loneWordTest();
  const lone = new Map<number, Item[]>();
  for (const item of items) if (isLoneWord(item)) pushTo(lone, graph.root(item.key), item);
  for (const [root, list] of lone) if (list.every((i) => i.article === list[0].article)) lone.delete(root);
  if (lone.size) for (const item of items) if (!isLoneWord(item)) lone.delete(graph.root(item.key));
  return lone;
}

/**
 * The articles grouped into stories by kinship: each article → the first article of its story.
 * Every pair (i, j), i < j, of articles in two stories is tested, in that order, and the later's
 * story joined under the earlier's; none once all are one story. An article's story stays the
 * same while its pairs are tested (only the later article's story is joined under it).
 */
function storiesOf(articles: string[], kin: (a: string, b: string) => boolean): Map<string, string> {
  const parent = articles.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  let stories = articles.length;
  for (let i = 0; i < articles.length && stories > 1; i++) {
    const story = find(i);
    for (let j = i + 1; j < articles.length; j++) {
      const other = find(j);
      if (other !== story && kin(articles[i], articles[j])) {
        parent[other] = story;
        stories--;
      }
    }
  }
  return new Map(articles.map((article, i) => [article, articles[find(i)]]));
}

export const loneWordsByStory: ResolvePass = {
  name: "lone words by story",
  join({ graph, items }) {
    const clusters = loneClusters(items, graph);
    if (!clusters.size) return;
    const kin = articlePairKinship(items, graph);
    for (const cluster of clusters.values()) {
      const stories = storiesOf([...new Set(cluster.map((i) => i.article))], kin);
      if (new Set(stories.values()).size < 2) continue;
      const firstKey = new Map<string, string>(); // story → the first new key of its items
      for (const item of cluster) {
        const story = stories.get(item.article)!;
        item.key = `${item.key}@${story}`;
        graph.add(item.key, item.surface);
        const first = firstKey.get(story);
        if (first === undefined) firstKey.set(story, item.key);
        else graph.join(item.key, first);
      }
    }
  },
};
