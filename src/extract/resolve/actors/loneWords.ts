// The last folder-wide pass: a lone word that no full name of the folder explains (a surname of
// someone never named in full, a generic head such as "Department") names one actor per story,
// not one per folder: "Wayne" in a story about a phone and "Wayne" in one about car plants are two
// people, and every "Department" is some department. Articles are of one story when they are kin
// (kin.ts). Rewrites the keys of those items.
import { pushTo } from "../../util/groupBy.js";
import { isGenericWord } from "../shortForms.js";
import { isSurnameAlone, personTokens, type Item } from "./items.js";
import { articleKinship } from "./kin.js";
import type { ResolvePass } from "./joins.js";

/** Whether an item is a lone word that names nobody in particular: a person's one name, or a generic word. */
const isLoneWord = (item: Item) =>
  item.kind !== "country" && (item.kind === "person" ? isSurnameAlone(personTokens(item.surface)) : isGenericWord(item.surface));

/** The articles grouped into stories by kinship: each article → the first article of its story. */
function storiesOf(articles: string[], kin: (a: string, b: string) => boolean): Map<string, string> {
  const parent = articles.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < articles.length; i++)
    for (let j = i + 1; j < articles.length; j++) if (find(i) !== find(j) && kin(articles[i], articles[j])) parent[find(j)] = find(i);
  return new Map(articles.map((article, i) => [article, articles[find(i)]]));
}

export const loneWordsByStory: ResolvePass = {
  name: "lone words by story",
  join({ graph, items }) {
    const clusters = new Map<number, Item[]>();
    for (const item of items) pushTo(clusters, graph.root(item.key), item);
    const kinship = articleKinship(items, graph);
    const kin = (a: string, b: string) => kinship([a], [b]);
    for (const cluster of clusters.values()) {
      if (!cluster.every(isLoneWord)) continue;
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
